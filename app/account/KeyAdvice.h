#pragma once

#include "ApiKey.h"
#include "KeyUsage.h"
#include "LeastPrivilege.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace podwarden {

class Session;

// Least-privilege advice for some keys (issue 20, item 3): reads each key's usage record from the
// service, a few at a time, and works out LeastPrivilege::suggest() against the clock. finished()
// comes once, with every key in the order asked: its usage and suggestion, or why there is none.
class KeyAdvice final : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        ApiKey key;
        std::optional<KeyUsage> usage; // nullopt: it could not be read (error says why)
        LeastPrivilege::Suggestion suggestion;
        QString error;
    };

    KeyAdvice(Session* session, QStringList keyIds, QObject* parent = nullptr);
    void start();
    const QList<Item>& items() const { return m_items; }
    QList<Item> narrower() const; // the items with a suggestion that narrows the key

signals:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void settle(int index, std::optional<KeyUsage> usage, const QString& error);

    QPointer<Session> m_session;
    QList<Item> m_items;
    int m_started = 0;
    int m_done = 0;
};

} // namespace podwarden
