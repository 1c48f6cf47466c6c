// fieldnotes: the tablet app. Services are built here and exposed to QML as singletons; every
// screen reads and writes through the Session's store thread.
#include "appoptions.h"
#include "fileio.h"
#include "officeclient.h"
#include "plugins.h"
#include "preferences.h"
#include "secret.h"
#include "session.h"
#include "startupprobe.h"
#include "syncclient.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <sodium.h>

#include <cstdio>

using namespace fieldnotes;

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("fieldnotes"));
    QGuiApplication::setApplicationName(QStringLiteral("fieldnotes"));
    QGuiApplication::setApplicationVersion(QStringLiteral(FIELDNOTES_VERSION));
    if (sodium_init() < 0) {
        std::fprintf(stderr, "fieldnotes: the cryptography library could not start\n");
        return 1;
    }
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const app::AppOptions options = app::parseOptions(app);

    app::Preferences preferences(options.settingsFile, options.language);
    app::SessionOptions sessionOptions;
    sessionOptions.dataDir = options.dataDir;
    sessionOptions.startRoute = options.route;
    sessionOptions.unlocksAtStart = !options.passphraseFile.isEmpty();
    app::Session session(sessionOptions);
    // The sync screen reaches the office through this client (pairing, then syncs over TLS).
    app::setSyncClient(std::make_unique<app::OfficeSyncClient>());

    // Unlocking from a file starts before the QML is loaded: Argon2id runs on the store thread
    // while the UI thread compiles the screens.
    if (!options.passphraseFile.isEmpty()) {
        auto text = core::readFile(options.passphraseFile.toStdString(), 4096);
        if (!text) {
            std::fprintf(stderr, "fieldnotes: cannot read the passphrase file: %s\n", text.error().message.c_str());
            return 2;
        }
        std::string passphrase = text->substr(0, text->find('\n'));
        core::wipeString(*text);
        if (!passphrase.empty() && passphrase.back() == '\r')
            passphrase.pop_back();
        session.unlock(std::move(passphrase), [](core::Status st) {
            if (!st) {
                std::fprintf(stderr, "fieldnotes: could not unlock: %s\n", st.error().describe().c_str());
                QCoreApplication::exit(1);
            }
        });
    }
    QQmlApplicationEngine engine;
    preferences.attachEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({ { QStringLiteral("width"), options.windowSize.width() },
        { QStringLiteral("height"), options.windowSize.height() } });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Fieldnotes/App/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "fieldnotes: the user interface could not be loaded\n");
        return 1;
    }
    app::StartupProbe probe(session, *window, sinceStart, options.screenshotFile, options.reportStartup);

    const int code = app.exec();
    app::setSyncClient(nullptr); // the client goes before the Session it reports to
    return code;
}
