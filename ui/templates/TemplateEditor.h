#pragma once

#include "Secret.h"
#include "Template.h"
#include "Validation.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace podwarden {

class EnvTableModel;
class EnvValueDelegate;

// Every field of a template (name, image, start command, disk, ports, persistent volume,
// category, pod or serverless, public, SSH, Jupyter, CUDA versions) and its environment, each
// checked against the contract as it is edited, with the rule broken said next to the field. Env
// values reference secrets through the selector (a button and "{{"), and references to secrets
// the account does not have are flagged. edited() fires on every change the user makes; the
// page saves the draft then.
class TemplateEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget* parent = nullptr);
    ~TemplateEditor() override;

    // Shows `t` without emitting edited().
    void setTemplate(const Template& t);
    // What the fields hold now; the id is the one given to setTemplate().
    Template currentTemplate() const;
    // The account's secrets (from the snapshot, or the cache offline): the selector lists them and
    // references to other names are flagged; with `namesKnown` false (nothing loaded yet) they are not.
    void setSecrets(const QList<Secret>& secrets, bool namesKnown = true);
    // Every broken rule of the fields and the env, in the editor's order.
    QList<ValidationIssue> issues() const;

    EnvTableModel* envModel() const { return m_env; }
    QTableView* envTable() const { return m_envTable; }
    // Opens the selector for the value of the current env row (adding a row when there is none).
    void insertSecretReference();

signals:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString argsFromFields() const;
    QList<ValidationIssue> fieldIssues() const; // without env
    void buildForm();
    void buildEnv();
    void changed();
    void showIssues();
    void pasteFromClipboard();
    void moveCurrent(int delta);

    QString m_id;
    bool m_loading = false;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_image = nullptr;
    QLineEdit* m_args = nullptr;       // CMD as a shell line (the console's start command)
    QLineEdit* m_entrypoint = nullptr; // ENTRYPOINT words; empty: the image's own
    QString m_loadedArgs;              // kept verbatim while the command it describes is unchanged
    QButtonGroup* m_kind = nullptr;
    QComboBox* m_category = nullptr;
    QSpinBox* m_disk = nullptr;
    QLineEdit* m_ports = nullptr;
    QCheckBox* m_volume = nullptr;
    QSpinBox* m_volumeSize = nullptr;
    QLineEdit* m_volumePath = nullptr;
    QCheckBox* m_public = nullptr;
    QCheckBox* m_ssh = nullptr;
    QCheckBox* m_jupyter = nullptr;
    QLineEdit* m_cuda = nullptr;
    QHash<QString, QLabel*> m_problems; // field wire name -> its message
    EnvTableModel* m_env = nullptr;
    QTableView* m_envTable = nullptr;
    EnvValueDelegate* m_valueDelegate = nullptr;
    QLabel* m_envCount = nullptr;
    QLabel* m_envProblems = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace podwarden
