#pragma once

#include "AccessPolicy.h"
#include "ApiKey.h"
#include "Endpoint.h"
#include "Validation.h"

#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;

namespace podwarden {

class EndpointAccessModel;
class ExpiryField;
class EffectiveAccessProxy;

// Creates a key or edits one: its name and its access, as a preset (All, Read Only) or
// Restricted (an API level and a level per endpoint). Moving to Read-Write access to the API asks
// first (WriteAccessWarningDialog) and a refusal puts the previous choice back. Statements the
// console cannot express are listed and kept as they are; a legacy key opens read-only, since the
// service accepts only enabled for it (SERVICE.md 5.2). The dialog collects input; the caller
// sends it.
//
//     ApiKeyDialog dialog(ApiKeyDialog::Mode::Edit, snapshot.endpoints, this);
//     dialog.setKey(key);
//     if (dialog.exec() == QDialog::Accepted && !dialog.isReadOnly())
//         client->updateApiKey(key.id, dialog.name(), dialog.policy());
class ApiKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };
    static constexpr int kMaxNameLength = Validation::kApiKeyNameMaxLength;

    ApiKeyDialog(Mode mode, const QList<Endpoint>& endpoints, QWidget* parent = nullptr);

    // The name and policy to start from: the key being edited, or in Create mode a draft (what the
    // user typed before the service refused it). Its write access, if any, is not asked about
    // again. A legacy key makes the dialog read-only.
    void setKey(const ApiKey& key);
    // Names of the account's other keys: a duplicate is allowed but pointed out.
    void setTakenNames(const QStringList& names);
    // Keys with API write access cannot be saved without an expiry (the Preferences rule).
    void setRequireExpiryForApiWrite(bool required)
    {
        m_requireExpiry = required;
        updateState();
    }

    QString name() const; // trimmed
    // When the key is to expire (nullopt: never); expiryChanged() when it differs from the key's.
    std::optional<QDateTime> expiresAt() const;
    bool expiryChanged() const;
    // The chosen access; unknown (custom) statements of the edited key are kept untouched. For a
    // read-only (legacy) key, the key's own policy.
    AccessPolicy policy() const;
    bool isReadOnly() const { return m_readOnly; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight();
    void reserveNameProblemRoom();
    AccessPreset currentPreset() const;
    AccessLevel currentApiLevel() const; // the restricted section's API level combo
    void presetToggled(int id, bool checked);
    void apiLevelChanged(int index);
    void setPresetSilently(AccessPreset preset);
    void setApiLevelSilently(AccessLevel level);
    // Asks before a change from `before` to `after` gives the key write access to the API; false
    // when the user declined and the change must be undone.
    bool confirmWriteAccess(AccessLevel before, AccessLevel after);
    void setAllShown();
    void undoSetAllShown();
    void showSetAllDone(const QString& shortText, const QString& sentence);
    // The level the key has on every endpoint, present and future (None for most keys).
    AccessLevel allEndpointsLevel() const;
    void updateState();
    void updateCount();
    void showCustomStatements(const QList<PolicyStatement>& statements);

    Mode m_mode;
    bool m_readOnly = false;
    bool m_hasAllEndpoints = false; // the edited key has an all-endpoints level: its row is shown
    bool m_silent = false;          // set while the dialog itself moves a radio or the combo
    AccessPreset m_preset = AccessPreset::Restricted;
    AccessLevel m_apiLevel = AccessLevel::None;
    AccessPolicy m_original; // the edited key's policy: its custom statements go back as they came
    QString m_originalName;
    ExpiryField* m_expiry = nullptr;
    std::optional<QDateTime> m_originalExpiry;
    QStringList m_takenNames;
    bool m_requireExpiry = false;
    QLabel* m_expiryRequired = nullptr;

    EndpointAccessModel* m_model = nullptr;
    EffectiveAccessProxy* m_proxy = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    QWidget* m_nameProblemBox = nullptr;
    QLabel* m_legacyExplanation = nullptr;
    QButtonGroup* m_presets = nullptr;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_readOnlyPreset = nullptr;
    QRadioButton* m_restricted = nullptr;
    QWidget* m_restrictedSection = nullptr;
    QComboBox* m_api = nullptr;
    QLabel* m_allEndpointsLabel = nullptr;
    QComboBox* m_allEndpoints = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_setAllLevel = nullptr;
    QPushButton* m_setAllButton = nullptr;
    QPushButton* m_undoSetAll = nullptr;
    QLabel* m_setAllDone = nullptr;
    // What "set all shown" changed, to put back: each endpoint's level before it. Emptied by any
    // other change of the levels, after which an undo would overwrite that change.
    QList<QPair<QString, AccessLevel>> m_undo;
    bool m_applyingSetAll = false;
    QLabel* m_count = nullptr;
    QLabel* m_hint = nullptr;
    QGroupBox* m_customSection = nullptr;
    QListWidget* m_custom = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace podwarden
