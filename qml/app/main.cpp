// fieldnotes: the tablet app. Services are built here and exposed to QML as singletons; every
// screen reads and writes through the Session's store thread.
#include "appoptions.h"
#include "devicekeystore.h"
#include "hardening.h"
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
    // No core dump and no ptrace by other processes: a crash must not write the key or a participant
    // to disk.
    if (auto hardened = core::hardenProcess(); !hardened)
        std::fprintf(stderr, "fieldnotes: warning: %s\n", hardened.error().message.c_str());
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
    // Stores set up by the app are bound to the platform's keystore (platform/keystore.h); stores
    // set up elsewhere (fieldnotes-cli, the demo) open as they are.
    sessionOptions.store.keyStore = &platform::platformKeyStore();
    app::Session session(sessionOptions);
    // The sync screen reaches the office through this client (pairing, then syncs over TLS).
    app::setSyncClient(std::make_unique<app::OfficeSyncClient>());

    // Unlocking from a file starts before the QML is loaded: Argon2id runs on the store thread
    // while the UI thread compiles the screens.
    if (!options.passphraseFile.isEmpty()) {
        auto file = core::readPassphraseFile(options.passphraseFile.toStdString());
        if (!file) {
            std::fprintf(stderr, "fieldnotes: %s\n", file.error().message.c_str());
            return 2;
        }
        if (!file->warning.empty())
            std::fprintf(stderr, "fieldnotes: warning: %s\n", file->warning.c_str());
        session.unlock(std::move(file->passphrase), [](core::Status st) {
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
