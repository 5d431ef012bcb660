# The dialog a push shows when the template changed on the service meanwhile.
podwarden_add_test(tst_conflictdialog SOURCES tst_conflictdialog.cpp LIBS podwarden_ui LABELS ui)
