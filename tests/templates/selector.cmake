# The env table's value delegate and secret selector, driven offscreen.
podwarden_add_test(tst_envvaluedelegate SOURCES tst_envvaluedelegate.cpp LIBS podwarden_ui LABELS ui)
