// Qt Quick Test runner for the app's pages and flows. Each test file runs in its own process
// (see CMakeLists.txt) against the fixture its FIELDNOTES_QML_FIXTURE names.
#include "fixture.h"
#include "plugins.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQuickTest>
#include <sodium.h>

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        if (sodium_init() < 0)
            qFatal("libsodium did not start");
        QQuickStyle::setStyle(QStringLiteral("Material"));
        const QString kind = qEnvironmentVariable("FIELDNOTES_QML_FIXTURE", QStringLiteral("demo"));
        m_fixture = std::make_unique<fieldnotes::test::Fixture>(kind);
        qmlRegisterSingletonInstance("Fieldnotes.Test", 1, 0, "Fixture", m_fixture.get());
    }
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        fieldnotes::app::Preferences::instance()->attachEngine(engine);
    }
    void cleanupTestCase() { m_fixture.reset(); }

private:
    std::unique_ptr<fieldnotes::test::Fixture> m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(fieldnotes_qml, Setup)

#include "tst_qml.moc"
