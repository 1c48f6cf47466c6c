#include "sharedaboutmecontroller.h"

#include "preferences.h"

namespace fieldnotes::app {

core::ReportOptions SharedAboutMeController::reportOptions(const QString& language)
{
    if (language == QLatin1String("en"))
        return { core::Language::English, false };
    return { core::Language::Norwegian, language == QLatin1String("nb-plain") };
}

bool SharedAboutMeController::knownLanguage(const QString& language)
{
    return language == QLatin1String("nb-plain") || language == QLatin1String("nb") || language == QLatin1String("en");
}

SharedAboutMeController::SharedAboutMeController(QObject* parent)
    : ScreenController(parent)
    , m_language(defaultLanguage())
{
}

QString SharedAboutMeController::defaultLanguage()
{
    const Preferences* prefs = Preferences::instance();
    return prefs && prefs->language() == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nb-plain");
}

void SharedAboutMeController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit participantIdChanged();
    reload();
}

void SharedAboutMeController::setLanguage(const QString& language)
{
    if (!knownLanguage(language) || language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    reload();
}

void SharedAboutMeController::load()
{
    const std::string pid = m_participantId.toStdString();
    const core::ReportOptions options = reportOptions(m_language);
    fetch<core::Document>(
        [pid, options](core::Store& store) { return core::sharedAboutMe(store, pid, store.today(), options); },
        [this](core::Document& document) {
            m_displayName = QString::fromStdString(document.subtitle);
            m_document.setDocument(document);
            emit loaded();
        });
}

} // namespace fieldnotes::app
