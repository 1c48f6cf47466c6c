// No plaintext of an export touches the disk while the app makes it. A participant whose name and
// notes carry a unique canary is exported from the app (content, PDF, sealing, writing); every byte
// the process writes to a regular file in the meantime is searched for the canary (as UTF-8 and
// UTF-16) and for the start of a PDF - a PDF's text is glyph codes, compressed, so the canary
// alone would not find a leaked PDF. The test's own executable provides open/write and friends, so
// Qt, SQLCipher and the export code all write through the recorder (the way tests/core/tst_canary
// records SQLite's writes through a VFS), and files created are listed. Afterwards every file under
// the test's folders (the store, the exports, HOME, TMPDIR and the XDG folders) is searched again.
// A control run writes a rendered PDF to a file on purpose, and the recorder must catch it.
#include "appfixture.h"
#include "exportcontroller.h"
#include "exports.h"
#include "fileio.h"
#include "pdfrenderer.h"
#include "reports.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdarg>
#include <dlfcn.h>
#include <fcntl.h>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

constexpr std::string_view canary = "Kanari7f3aQ";

std::string utf16(std::string_view ascii, bool bigEndian)
{
    std::string out;
    for (char c : ascii) {
        if (bigEndian)
            out += '\0';
        out += c;
        if (!bigEndian)
            out += '\0';
    }
    return out;
}

// What the process wrote to regular files while recording.
class Recorder {
public:
    static Recorder& instance()
    {
        static Recorder r;
        return r;
    }

    void start()
    {
        std::lock_guard lock(m_mutex);
        m_needles = { std::string(canary), utf16(canary, true), utf16(canary, false), "%PDF-" };
        m_hits.clear();
        m_created.clear();
        m_bytes = 0;
        m_on = true;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_on = false;
    }
    std::vector<std::string> hits()
    {
        std::lock_guard lock(m_mutex);
        return m_hits;
    }
    std::set<std::string> created()
    {
        std::lock_guard lock(m_mutex);
        return m_created;
    }
    std::int64_t bytes()
    {
        std::lock_guard lock(m_mutex);
        return m_bytes;
    }

    void wrote(int fd, const void* data, std::size_t size)
    {
        if (!m_on || size == 0 || fd < 0)
            return;
        struct stat st { };
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
            return;
        std::lock_guard lock(m_mutex);
        m_bytes += static_cast<std::int64_t>(size);
        const std::string_view bytes(static_cast<const char*>(data), size);
        for (const auto& needle : m_needles)
            if (bytes.find(needle) != std::string_view::npos)
                m_hits.push_back(pathOf(fd) + " holds " + (needle == "%PDF-" ? "a PDF" : "the canary"));
    }
    void opened(const char* path, int flags)
    {
        if (!m_on || !path || !(flags & O_CREAT))
            return;
        std::lock_guard lock(m_mutex);
        m_created.insert(path);
    }

private:
    static std::string pathOf(int fd)
    {
        char link[64];
        std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        char target[4096];
        const ssize_t n = ::readlink(link, target, sizeof target - 1);
        return n > 0 ? std::string(target, static_cast<std::size_t>(n)) : std::string("fd ") + std::to_string(fd);
    }

    std::mutex m_mutex;
    bool m_on = false;
    std::vector<std::string> m_needles;
    std::vector<std::string> m_hits;
    std::set<std::string> m_created;
    std::int64_t m_bytes = 0;
};

template<class F> F real(const char* name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

// The canary must not be found in the files left anywhere under `root`, nor a PDF.
QStringList plaintextFilesUnder(const QString& root)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        auto content = core::readFile(path.toStdString(), std::size_t { 1 } << 30);
        if (!content)
            continue;
        for (const std::string& needle :
            { std::string(canary), utf16(canary, true), utf16(canary, false), std::string("%PDF-") })
            if (content->find(needle) != std::string::npos)
                found << path;
    }
    return found;
}

} // namespace

// ---- The process's own writing functions, recorded and passed on --------------------------------

extern "C" {

int open(const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, int));
        va_end(args);
    }
    Recorder::instance().opened(path, flags);
    static auto next = real<int (*)(const char*, int, ...)>("open");
    return next(path, flags, mode);
}

int open64(const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, int));
        va_end(args);
    }
    Recorder::instance().opened(path, flags);
    static auto next = real<int (*)(const char*, int, ...)>("open64");
    return next(path, flags, mode);
}

int openat(int dir, const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, int));
        va_end(args);
    }
    Recorder::instance().opened(path, flags);
    static auto next = real<int (*)(int, const char*, int, ...)>("openat");
    return next(dir, path, flags, mode);
}

int openat64(int dir, const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, int));
        va_end(args);
    }
    Recorder::instance().opened(path, flags);
    static auto next = real<int (*)(int, const char*, int, ...)>("openat64");
    return next(dir, path, flags, mode);
}

int creat(const char* path, mode_t mode)
{
    Recorder::instance().opened(path, O_CREAT);
    static auto next = real<int (*)(const char*, mode_t)>("creat");
    return next(path, mode);
}

int creat64(const char* path, mode_t mode)
{
    Recorder::instance().opened(path, O_CREAT);
    static auto next = real<int (*)(const char*, mode_t)>("creat64");
    return next(path, mode);
}

int mkstemp(char* pattern)
{
    static auto next = real<int (*)(char*)>("mkstemp");
    const int fd = next(pattern);
    Recorder::instance().opened(pattern, O_CREAT);
    return fd;
}

int mkostemp(char* pattern, int flags)
{
    static auto next = real<int (*)(char*, int)>("mkostemp");
    const int fd = next(pattern, flags);
    Recorder::instance().opened(pattern, O_CREAT);
    return fd;
}

ssize_t write(int fd, const void* data, size_t size)
{
    Recorder::instance().wrote(fd, data, size);
    static auto next = real<ssize_t (*)(int, const void*, size_t)>("write");
    return next(fd, data, size);
}

ssize_t pwrite(int fd, const void* data, size_t size, off_t offset)
{
    Recorder::instance().wrote(fd, data, size);
    static auto next = real<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    return next(fd, data, size, offset);
}

ssize_t pwrite64(int fd, const void* data, size_t size, off64_t offset)
{
    Recorder::instance().wrote(fd, data, size);
    static auto next = real<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    return next(fd, data, size, offset);
}

ssize_t writev(int fd, const struct iovec* iov, int count)
{
    for (int i = 0; i < count; ++i)
        Recorder::instance().wrote(fd, iov[i].iov_base, iov[i].iov_len);
    static auto next = real<ssize_t (*)(int, const struct iovec*, int)>("writev");
    return next(fd, iov, count);
}

size_t fwrite(const void* data, size_t size, size_t count, FILE* file)
{
    Recorder::instance().wrote(::fileno(file), data, size * count);
    static auto next = real<size_t (*)(const void*, size_t, size_t, FILE*)>("fwrite");
    return next(data, size, count, file);
}

} // extern "C"

class TestExportCanary : public QObject {
    Q_OBJECT

private slots:
    void theRecorderCatchesAPdfWrittenToAFile()
    {
        // The control: were the app to write its PDF to a file, this test would see it.
        QTemporaryDir dir;
        core::Document d;
        d.kind = "control";
        d.language = "nb";
        d.title = "Kontroll";
        d.subtitle = std::string(canary);
        const QByteArray pdf = renderPdf({ d });
        QVERIFY(pdf.startsWith("%PDF-"));
        Recorder::instance().start();
        QFile leak(dir.filePath(QStringLiteral("leak.pdf")));
        QVERIFY(leak.open(QIODevice::WriteOnly));
        leak.write(pdf);
        leak.close();
        Recorder::instance().stop();
        QVERIFY(!Recorder::instance().hits().empty());
        QVERIFY(Recorder::instance().created().count(dir.filePath(QStringLiteral("leak.pdf")).toStdString()));
        QVERIFY(!plaintextFilesUnder(dir.path()).isEmpty());
    }

    void anExportFromTheAppLeavesNoPlaintextOnDisk()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        const std::string name = "Sara " + std::string(canary);
        auto pid = f.onStore<core::Id>([name](core::Store& s) -> core::Result<core::Id> {
            core::Participant p;
            p.displayName = name;
            p.referralReason = "Henvist etter " + std::string(canary);
            FN_TRY_ASSIGN(const core::Id id, s.create(p));
            core::Visit v;
            v.participantId = id;
            v.authorId = "00000000-0000-4000-8000-000000000051";
            v.occurredOn = s.today();
            v.note = "Samtale om " + std::string(canary);
            FN_TRY(s.append(v));
            FN_TRY(s.saveDraft(core::Draft { "00000000-0000-4000-8000-0000000000d9", "visit", id, 0,
                "{\"note\":\"utkast " + std::string(canary) + "\"}" }));
            return id;
        });
        QVERIFY(pid);

        ExportController c;
        c.setKind(QStringLiteral("right_of_access"));
        c.setParticipantId(QString::fromStdString(*pid));
        c.classBegin();
        c.componentComplete();
        QVERIFY(waitFor([&] { return c.ready(); }));
        QSignalSpy made(&c, &ExportController::made);

        Recorder::instance().start();
        c.make();
        QVERIFY(waitFor([&] { return made.count() == 1 || !c.errorText().isEmpty(); }));
        Recorder::instance().stop();
        QVERIFY2(c.errorText().isEmpty(), qPrintable(c.errorText()));

        std::string hits;
        for (const auto& hit : Recorder::instance().hits())
            hits += hit + "; ";
        QVERIFY2(hits.empty(), hits.c_str());
        QVERIFY(Recorder::instance().bytes() > 0); // the sealed file itself went through the recorder
        // The files made meanwhile: the export (written under a temporary name, then renamed) and
        // nothing outside the store's folder.
        const std::string store = f.dir().string();
        for (const std::string& path : Recorder::instance().created()) {
            const bool export_ = path == c.filePath().toStdString() + ".tmp";
            QVERIFY2(export_ || path.rfind(store, 0) == 0, path.c_str());
        }
        const QStringList left = plaintextFilesUnder(f.tempDir()) + plaintextFilesUnder(QDir::tempPath())
            + plaintextFilesUnder(qEnvironmentVariable("HOME"));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));

        // And the export does hold it all, for the office.
        FN_REQUIRE(const std::string file, core::readFile(c.filePath().toStdString(), 64 << 20));
        FN_REQUIRE(const core::ExportBundle bundle, core::openExport(file, c.generatedPassphrase().toStdString()));
        bool pdf = false;
        bool draft = false;
        for (const auto& e : bundle.entries) {
            pdf = pdf || (e.name == "right_of_access.pdf" && e.content.rfind("%PDF-", 0) == 0);
            draft = draft
                || (e.name == "right_of_access.json"
                    && e.content.find("utkast " + std::string(canary)) != std::string::npos);
        }
        QVERIFY(pdf);
        QVERIFY(draft);
    }
};

int main(int argc, char** argv)
{
    // Every folder Qt or fontconfig might write to is one this test searches afterwards.
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/fieldnotes-canary-XXXXXX"));
    if (!home.isValid())
        return 1;
    for (const char* var : { "HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR" })
        qputenv(var, home.path().toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", home.path().toLocal8Bit());
    QGuiApplication app(argc, argv);
    TestExportCanary test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportcanary.moc"
