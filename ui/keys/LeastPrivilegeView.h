#pragma once

#include "KeyUsage.h"
#include "LeastPrivilege.h"
#include "account/KeyAdvice.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace podwarden {

struct Endpoint;

// How least-privilege advice reads on screen (issue 20, item 3), shared by a key's page and the
// dialog that narrows several keys.
namespace LeastPrivilegeView {

// Endpoint names by id, for showing grants by name.
QHash<QString, QString> endpointNames(const QList<Endpoint>& endpoints);
// "API", "Every endpoint (present and future)", "whisper-large (ep_…)".
QString grantName(const LeastPrivilege::Change& change, const QHash<QString, QString>& names);
// Why a key has no advice, or what the advice is, in a sentence.
QString verdictText(const KeyAdvice::Item& item);
// One row per grant the key holds or used: what it holds, when it last read and wrote.
void fillUsage(QTreeWidget* tree, const ApiKey& key, const KeyUsage& usage, const QHash<QString, QString>& names);
// The difference, a row per change: grant, now, suggested, last used.
void addChanges(QTreeWidget* tree, QTreeWidgetItem* parent, const LeastPrivilege::Suggestion& suggestion,
                const QHash<QString, QString>& names);
QTreeWidget* differenceTree(QWidget* parent, const char* objectName);

} // namespace LeastPrivilegeView

// Narrowing several keys at once: every key with advice, checked (the key Podwarden is signed in
// with unchecked), its difference below it; the keys without advice counted by reason.
class NarrowKeysDialog final : public QDialog
{
    Q_OBJECT
public:
    NarrowKeysDialog(const QList<KeyAdvice::Item>& items, const QList<Endpoint>& endpoints,
                     const QString& signedInKeyId, QWidget* parent = nullptr);
    QTreeWidget* tree() const { return m_tree; }
    // The checked keys' suggestions.
    QList<LeastPrivilege::Suggestion> chosen() const;

private:
    void updateApply();

    QList<KeyAdvice::Item> m_items;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace podwarden
