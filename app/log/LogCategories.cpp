#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "podwarden.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "podwarden.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "podwarden.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "podwarden.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "podwarden.sandbox", QtInfoMsg)
