#pragma once

#include <QLoggingCategory>

// Every log line goes through one of these categories, so users can turn them on one by one:
// QT_LOGGING_RULES="podwarden.net.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
