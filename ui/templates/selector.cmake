# The env table's secret selector and value delegate (templates screen).
target_sources(podwarden_ui PRIVATE templates/SecretSelector.cpp templates/SecretSelector.h templates/EnvValueDelegate.cpp templates/EnvValueDelegate.h)
