#pragma once

#include <QDialog>

class QCheckBox;

namespace podwarden {

// File ▸ Preferences…: the rules for keys that the user sets once (issue 20, item 2).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    // Writes the choices to the settings (on OK).
    void save() const;

private:
    QCheckBox* m_remind = nullptr;
    QCheckBox* m_require = nullptr;
};

} // namespace podwarden
