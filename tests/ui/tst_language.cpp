// `--lang de` as main() applies it (installTranslations): Podwarden's own words and the buttons Qt
// makes itself (Cancel, Close, Yes, No in QDialogButtonBox and QMessageBox) are German together.
#include "AppController.h"
#include "AppOptions.h"
#include "AppTestEnvironment.h"
#include "MainWindow.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace podwarden;

class TestLanguage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        test::isolateAppFolders(m_home);
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        QVERIFY2(QFileInfo::exists(qtbase),
                 qPrintable(qtbase + QStringLiteral(" is missing: install qt6-translations-l10n "
                                                    "(packaging/debian-packages.txt)")));
        installTranslations(*qApp, QStringLiteral("de"));
    }

    void qtButtonsSpeakGerman()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));

        QMessageBox box;
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(box.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')), QStringLiteral("Ja"));
        QCOMPARE(box.button(QMessageBox::No)->text().remove(QLatin1Char('&')), QStringLiteral("Nein"));
        test::screenshot(&buttons, "german-qt-buttons");
    }

    void podwardensWordsToo()
    {
        // The whole window as the app builds it (offline, with no account): its navigation.
        AppController app(AppOptions::parse({QStringLiteral("podwarden"), QStringLiteral("--offline")}));
        auto* navigation = app.window()->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QStringList titles;
        for (int i = 0; i < navigation->count(); ++i) {
            if (!navigation->item(i)->isHidden())
                titles << navigation->item(i)->text();
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("Übersicht"), "API-Schlüssel", "Geheimnisse", "Vorlagen",
                                      "Endpunkte", QStringLiteral("Audit")}));
        QCOMPARE(QLocale().language(), QLocale::German);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
