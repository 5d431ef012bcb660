#pragma once

#include "Secret.h"

#include <QList>
#include <QStyledItemDelegate>

namespace podwarden {

// The value column of the template editor's env table (EnvTableModel::Value). Paints the value with
// each `{{ RUNPOD_SECRET_name }}` reference of ReferencesRole on a tinted, rounded background (in
// red, text and all, when the account has no such secret), and edits it in a line edit whose
// trailing button, or typing "{{", opens the SecretSelector; the picked secret goes in as
// SecretReference::format(name), replacing the selection or the "{{" just typed. The editor stays
// open, and uncommitted, while the selector has the focus.
class EnvValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EnvValueDelegate(QObject* parent = nullptr);

    // The secrets the selector offers: the snapshot's, or the cache's when offline. Read each time
    // the selector opens, so an open editor gets the new list too.
    void setSecrets(const QList<Secret>& secrets);
    const QList<Secret>& secrets() const { return m_secrets; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    QList<Secret> m_secrets;
};

} // namespace podwarden
