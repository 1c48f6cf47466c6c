// Running fieldnotes-cli and fieldnotes-office as processes, as support staff run them: the exit
// code and what each printed, passphrases in files, and the office server in the background.
// Shared by tst_cli and tst_cli_e2e (both define FIELDNOTES_CLI_BIN and FIELDNOTES_OFFICE_BIN).
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/stat.h>

namespace fieldnotes::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end, without the passphrase variables of the test's own environment.
inline Run run(const char* program, const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment())
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove("FIELDNOTES_PASSPHRASE");
    e.remove("FIELDNOTES_NEW_PASSPHRASE");
    e.remove("FIELDNOTES_EXPORT_PASSPHRASE");
    for (const QString& key : env.keys())
        e.insert(key, env.value(key));
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

inline Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment())
{
    return run(FIELDNOTES_CLI_BIN, args, env);
}

inline Run office(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment())
{
    return run(FIELDNOTES_OFFICE_BIN, args, env);
}

// A passphrase file (or any small secret) in `dir`, with the given mode.
inline QString writeSecret(const QTemporaryDir& dir, const QString& name, const std::string& text, mode_t mode = 0600)
{
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString()) << text << "\n";
    ::chmod(path.toLocal8Bit().constData(), mode);
    return path;
}

inline std::string fileText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

// fieldnotes-office serve on a free loopback port, its log (stderr) kept.
class ServeProcess {
public:
    ServeProcess() = default;
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Starts serving the office in `dataDir` and waits until it listens; "" or what went wrong.
    QString start(const QString& dataDir, const QString& passphraseFile, int port = 0)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_log.clear();
        m_process.start(FIELDNOTES_OFFICE_BIN,
            { "serve", "--data-dir", dataDir, "--passphrase-file", passphraseFile, "--listen",
                "127.0.0.1:" + QString::number(port) });
        if (!m_process.waitForStarted(10000))
            return m_process.errorString();
        static const QRegularExpression listening("listening on 127\\.0\\.0\\.1:(\\d+)");
        for (;;) {
            const auto match = listening.match(QString::fromUtf8(m_log));
            if (match.hasMatch()) {
                m_port = match.captured(1).toInt();
                return {};
            }
            if (!m_process.waitForReadyRead(30000))
                return "the office server did not start listening: " + QString::fromUtf8(m_log);
            m_log += m_process.readAll();
        }
    }
    // SIGTERM: the server's own clean shutdown; true when it exited 0.
    bool stop()
    {
        m_process.terminate();
        const bool finished = m_process.waitForFinished(30000);
        m_log += m_process.readAll();
        return finished && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    int port() const { return m_port; }
    QString address() const { return "127.0.0.1:" + QString::number(m_port); }
    QString log() { return QString::fromUtf8(m_log += m_process.readAll()); }

private:
    QProcess m_process;
    QByteArray m_log;
    int m_port = 0;
};

} // namespace fieldnotes::test
