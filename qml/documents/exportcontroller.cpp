#include "exportcontroller.h"

#include "exports.h"
#include "pdfrenderer.h"
#include "secret.h"
#include "sharedaboutmecontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QThreadPool>
#include <nlohmann/json.hpp>
#include <sodium.h>

namespace fieldnotes::app {

namespace {

struct Prepared {
    core::ExportBundle bundle;
    std::optional<core::ExportPublicKey> officeKey;
};

bool knownKind(const QString& kind)
{
    return kind == QLatin1String("shared_about_me") || kind == QLatin1String("right_of_access")
        || kind == QLatin1String("individual_report");
}

void wipe(core::ExportBundle& bundle)
{
    for (auto& e : bundle.entries)
        core::wipeString(e.content);
}

// The documents a bundle carries (its JSON entries in the document format), in the bundle's order.
std::vector<core::Document> documentsIn(const core::ExportBundle& bundle)
{
    std::vector<core::Document> out;
    for (const auto& e : bundle.entries) {
        if (e.mediaType != "application/json")
            continue;
        const auto json = nlohmann::json::parse(e.content, nullptr, false);
        if (auto d = core::documentFromJson(json))
            out.push_back(std::move(*d));
    }
    return out;
}

// Renders the bundle's documents into one PDF entry (each document from a new page), seals the
// bundle and writes it. Runs on a worker thread: nothing here touches the Store or the UI.
core::Status renderSealAndWrite(core::ExportBundle& bundle, const core::ExportSeal& seal, const std::string& path)
{
    const std::vector<core::Document> documents = documentsIn(bundle);
    if (!documents.empty()) {
        QByteArray pdf = renderPdf(documents);
        if (pdf.isEmpty())
            return core::fail(core::ErrorCode::Internal, "The PDF could not be made. Close other apps and try again.");
        bundle.entries.push_back({ bundle.kind + ".pdf", "application/pdf", std::string(pdf.constData(), pdf.size()) });
        sodium_memzero(pdf.data(), static_cast<std::size_t>(pdf.size()));
    }
    return core::writeExport(path, bundle, seal);
}

} // namespace

ExportController::ExportController(QObject* parent)
    : ScreenController(parent)
    , m_language(SharedAboutMeController::defaultLanguage())
{
}

ExportController::~ExportController()
{
    // QString keeps its text in one buffer: overwrite it before it is freed.
    for (QString* s : { &m_passphrase, &m_passphraseRepeat, &m_generated })
        if (!s->isEmpty())
            sodium_memzero(s->data(), static_cast<std::size_t>(s->size()) * sizeof(QChar));
}

void ExportController::setKind(const QString& kind)
{
    if (!knownKind(kind) || kind == m_kind)
        return;
    m_kind = kind;
    // The individual report is the office's document: Norwegian or English, never the plain words.
    if (m_kind == QLatin1String("individual_report") && m_language == QLatin1String("nb-plain"))
        m_language = QStringLiteral("nb");
    emit kindChanged();
    emit formChanged();
}

void ExportController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit participantIdChanged();
    reload();
}

void ExportController::setLanguage(const QString& language)
{
    if (!SharedAboutMeController::knownLanguage(language) || language == m_language)
        return;
    if (m_kind == QLatin1String("individual_report") && language == QLatin1String("nb-plain"))
        return;
    m_language = language;
    emit formChanged();
}

void ExportController::setProtection(const QString& protection)
{
    const bool known = protection == QLatin1String("generated") || protection == QLatin1String("own")
        || (protection == QLatin1String("office") && m_officeKey);
    if (!known || protection == m_protection)
        return;
    m_protection = protection;
    emit formChanged();
}

void ExportController::setPassphrase(const QString& v)
{
    if (v == m_passphrase)
        return;
    m_passphrase = v;
    emit formChanged();
}

void ExportController::setPassphraseRepeat(const QString& v)
{
    if (v == m_passphraseRepeat)
        return;
    m_passphraseRepeat = v;
    emit formChanged();
}

QString ExportController::titleText() const
{
    if (m_kind == QLatin1String("right_of_access"))
        return tr("Everything held about %1").arg(m_displayName);
    if (m_kind == QLatin1String("individual_report"))
        return tr("Individual report: %1").arg(m_displayName);
    return tr("What is shared about %1").arg(m_displayName);
}

QString ExportController::contentText() const
{
    if (m_kind == QLatin1String("right_of_access"))
        return tr("Everything this tablet holds about %1: what is shared and with whom, the individual report, and "
                  "every record in words, as a PDF to read; and every record as stored (CSV).")
            .arg(m_displayName);
    if (m_kind == QLatin1String("individual_report"))
        return tr("The individual report for %1 (background, pathway, status and outcome) as a PDF, and as one row "
                  "of a spreadsheet (CSV) for the office's own records.")
            .arg(m_displayName);
    return tr("What is shared about %1, with whom and since when, what has been handed over, and how to say no: as a "
              "PDF to read and keep, and as data (CSV).")
        .arg(m_displayName);
}

QString ExportController::missingText() const
{
    if (m_protection != QLatin1String("own"))
        return {};
    const std::string pass = m_passphrase.toStdString();
    if (!core::checkExportPassphrase(pass))
        return tr("The passphrase needs at least 12 characters, because the file may travel. Or let fieldnotes "
                  "make one up.");
    if (m_passphrase != m_passphraseRepeat)
        return tr("The two passphrases are not the same.");
    return {};
}

QString ExportController::folder() const
{
    return Session::instance() ? Session::instance()->exportsDir() : QString();
}

QString ExportController::fileName() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).fileName();
}

QString ExportController::howToOpenText() const
{
    if (m_filePath.isEmpty())
        return {};
    if (m_sealedToOffice)
        return tr("Only the office can open this file, with the office's own key; not even this tablet can. Bring it "
                  "to the office however suits you (a memory stick or the office's shared folder is fine: the file is "
                  "encrypted). There it is opened with: fieldnotes-cli open-export %1 --data-dir <office store> --out "
                  "<folder>")
            .arg(fileName());
    return tr("Give the office the file and the passphrase separately: read the passphrase out on the phone or hand "
              "it over on paper, never together with the file. There it is opened with: fieldnotes-cli open-export "
              "%1 --out <folder>, and the passphrase.")
        .arg(fileName());
}

void ExportController::load()
{
    const std::string pid = m_participantId.toStdString();
    struct Loaded {
        QString name;
        bool officeKey = false;
    };
    fetch<Loaded>(
        [pid](core::Store& store) -> core::Result<Loaded> {
            Loaded l;
            FN_TRY_ASSIGN(const core::Participant p, store.get<core::Participant>(pid));
            l.name = QString::fromStdString(p.displayName);
            FN_TRY_ASSIGN(const auto key, core::exportRecipient(store));
            l.officeKey = key.has_value();
            return l;
        },
        [this](Loaded& l) {
            m_displayName = l.name;
            const bool first = !ready();
            m_officeKey = l.officeKey;
            // Sealed to the office's key whenever the tablet has it: nothing secret travels beside the file.
            if (first)
                m_protection = m_officeKey ? QStringLiteral("office") : QStringLiteral("generated");
            else if (!m_officeKey && m_protection == QLatin1String("office"))
                m_protection = QStringLiteral("generated");
            emit formChanged();
        });
}

void ExportController::make()
{
    if (m_working || !ready())
        return;
    if (const QString missing = missingText(); !missing.isEmpty()) {
        showError(missing);
        return;
    }
    const QString folderPath = folder();
    if (!QDir().mkpath(folderPath)) {
        showError(tr("The exports folder %1 cannot be made. Check that the tablet has space, then try again.")
                      .arg(folderPath));
        return;
    }
    QFile::setPermissions(folderPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // What the file is and when, never whom: a file name is not encrypted.
    static constexpr char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString suffix;
    for (int i = 0; i < 4; ++i)
        suffix += QLatin1Char(letters[QRandomGenerator::global()->bounded(int(sizeof letters) - 1)]);
    QString kindName = m_kind;
    kindName.replace(QLatin1Char('_'), QLatin1Char('-'));
    const std::string pid = m_participantId.toStdString();
    const std::string kind = m_kind.toStdString();
    const core::ReportOptions options = SharedAboutMeController::reportOptions(m_language);
    const bool toOffice = m_protection == QLatin1String("office");
    auto passphrase = std::make_shared<std::string>(
        m_protection == QLatin1String("own") ? m_passphrase.toStdString() : core::generateExportPassphrase());
    const bool generated = m_protection == QLatin1String("generated");
    const core::KdfCost cost = session()->storeOptions().kdf;

    m_working = true;
    emit stateChanged();
    host().run<Prepared>(
        this,
        [pid, kind, options](core::Store& store) -> core::Result<Prepared> {
            Prepared p;
            const core::Date today = store.today();
            if (kind == "right_of_access") {
                FN_TRY_ASSIGN(p.bundle, core::rightOfAccessExport(store, pid, today, options));
            } else if (kind == "individual_report") {
                FN_TRY_ASSIGN(p.bundle, core::individualReportExport(store, { pid }, today, options));
            } else {
                FN_TRY_ASSIGN(p.bundle, core::sharedAboutMeExport(store, pid, today, options));
            }
            FN_TRY_ASSIGN(p.officeKey, core::exportRecipient(store));
            return p;
        },
        [this, kindName, folderPath, suffix, toOffice, passphrase, generated, cost](core::Result<Prepared> prepared) {
            if (!prepared) {
                core::wipeString(*passphrase);
                finish(core::fail(prepared.error()), {}, {}, false);
                return;
            }
            if (toOffice && !prepared->officeKey) {
                wipe(prepared->bundle);
                core::wipeString(*passphrase);
                finish(core::fail(core::ErrorCode::InvalidArgument,
                           "This tablet has no office export key. Choose a passphrase instead."),
                    {}, {}, false);
                return;
            }
            const QString name
                = QStringLiteral("%1-%2-%3.fnexport")
                      .arg(kindName, QString::fromStdString(core::formatDate(prepared->bundle.createdOn)), suffix);
            const QString path = QDir(folderPath).filePath(name);
            auto bundle = std::make_shared<core::ExportBundle>(std::move(prepared->bundle));
            core::ExportSeal seal = toOffice ? core::ExportSeal(core::OfficeKeySeal { *prepared->officeKey })
                                             : core::ExportSeal(core::PassphraseSeal { *passphrase, cost });
            QPointer<ExportController> guard(this);
            QThreadPool::globalInstance()->start([guard, bundle, seal, path, passphrase, generated, toOffice] {
                const core::Status written = renderSealAndWrite(*bundle, seal, path.toStdString());
                wipe(*bundle);
                const QString shown = written && generated ? QString::fromStdString(*passphrase) : QString();
                core::wipeString(*passphrase);
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [guard, written, path, shown, toOffice] {
                        if (guard)
                            guard->finish(written, path, shown, toOffice);
                    },
                    Qt::QueuedConnection);
            });
        });
}

void ExportController::finish(
    const core::Status& status, const QString& path, const QString& generated, bool sealedToOffice)
{
    m_working = false;
    if (!status) {
        showError(status.error());
        emit stateChanged();
        return;
    }
    clearError();
    m_filePath = path;
    m_generated = generated;
    m_sealedToOffice = sealedToOffice;
    emit stateChanged();
    emit made(path);
}

} // namespace fieldnotes::app
