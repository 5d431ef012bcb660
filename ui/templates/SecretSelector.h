#pragma once

#include "Secret.h"

#include <QFrame>
#include <QList>
#include <QModelIndex>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace podwarden {

// A popup listing the account's secrets by name and description, filtered as the user types, that
// picks one: the env table's value editor opens it from its button or on "{{" and inserts the
// reference. Up/Down in the filter move through the list, Enter or a click picks, Escape or a click
// outside dismisses. The secrets come from the snapshot, or from the cache when offline; only
// names and descriptions are shown (there are no values to show).
class SecretSelector final : public QFrame
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, DescriptionRole, SearchRole };

    explicit SecretSelector(QWidget* parent = nullptr);

    void setSecrets(const QList<Secret>& secrets);
    // Shows the popup, sized to the secrets (sizeHint()), with its top-left corner at `globalPos`
    // (kept on the screen), the filter holding `filter` and the focus, and the first match current.
    void popup(const QPoint& globalPos, const QString& filter = {});
    // The same for a popup that belongs to `anchor` (an editor, in global coordinates): under it from
    // x `left`, or above it, as placement() decides for the window `within` and the anchor's screen.
    void popup(const QRect& anchor, int left, const QRect& within, const QString& filter = {});
    // Where a popup of `size` goes for `anchor`: under it, from x `left`, or above it when it does
    // not fit under; inside `within` (the window) where it fits, and always inside `screen` (the
    // available geometry), which also bounds its size.
    static QRect placement(const QSize& size, const QRect& anchor, int left, const QRect& within, const QRect& screen);

    QListView* list() const { return m_list; }
    QLineEdit* filterEdit() const { return m_filter; }
    // The secret the current row stands for; empty when there is none to pick.
    QString currentName() const;

    QSize sizeHint() const override;

signals:
    void picked(const QString& secretName);
    // Hidden without a pick: Escape, a click outside, or hide().
    void dismissed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showAt(const QRect& geometry, const QString& filter);
    void pick(const QModelIndex& index);
    void filterChanged(const QString& text);
    void updateEmptyState();

    QLineEdit* m_filter = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    bool m_picking = false;
};

} // namespace podwarden
