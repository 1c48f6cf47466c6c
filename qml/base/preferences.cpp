#include "preferences.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QQmlEngine>

namespace fieldnotes::app {

namespace {
Preferences* g_instance = nullptr;

QString defaultLanguage()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::NorwegianBokmal || system.language() == QLocale::NorwegianNynorsk
        ? QStringLiteral("nb")
        : QStringLiteral("en");
}

bool isKnown(const QString& language)
{
    return language == QLatin1String("nb") || language == QLatin1String("en");
}
} // namespace

Preferences::Preferences(const QString& settingsFile, const QString& languageOverride, QObject* parent)
    : QObject(parent)
{
    g_instance = this;
    if (!settingsFile.isEmpty()) {
        m_settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
        const int stored = m_settings->value(QStringLiteral("lock/timeoutMinutes"), 5).toInt();
        if (lockTimeoutChoices().contains(stored))
            m_lockTimeoutMinutes = stored;
        m_language = m_settings->value(QStringLiteral("ui/language")).toString();
    }
    if (!isKnown(m_language))
        m_language = defaultLanguage();
    if (isKnown(languageOverride)) {
        m_language = languageOverride;
        m_overridden = true;
    }
    applyLanguage();
}

Preferences::~Preferences()
{
    if (m_translatorInstalled)
        QCoreApplication::removeTranslator(&m_translator);
    if (g_instance == this)
        g_instance = nullptr;
}

Preferences* Preferences::instance()
{
    return g_instance;
}

Preferences* Preferences::create(QQmlEngine*, QJSEngine*)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Preferences::attachEngine(QQmlEngine* engine)
{
    m_engine = engine;
}

void Preferences::setLockTimeoutIndex(int index)
{
    const QList<int> choices = lockTimeoutChoices();
    if (index >= 0 && index < choices.size())
        setLockTimeoutMinutes(choices[index]);
}

void Preferences::setLockTimeoutMinutes(int minutes)
{
    if (!lockTimeoutChoices().contains(minutes) || minutes == m_lockTimeoutMinutes)
        return;
    m_lockTimeoutMinutes = minutes;
    if (m_settings)
        m_settings->setValue(QStringLiteral("lock/timeoutMinutes"), minutes);
    emit lockTimeoutChanged();
}

void Preferences::setLanguage(const QString& language)
{
    if (!isKnown(language) || language == m_language)
        return;
    m_language = language;
    if (m_settings) {
        m_settings->setValue(QStringLiteral("ui/language"), language);
        m_settings->sync();
    }
    applyLanguage();
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

QString Preferences::localeName() const
{
    // Norwegian users writing English still keep Norwegian-style day-first dates and 24-hour time.
    return m_language == QLatin1String("nb") ? QStringLiteral("nb_NO") : QStringLiteral("en_GB");
}

QString Preferences::languageName(const QString& language) const
{
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    if (language == QLatin1String("nb"))
        return QStringLiteral("Norsk bokmål");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

void Preferences::applyLanguage()
{
    QLocale::setDefault(QLocale(localeName()));
    if (m_translatorInstalled) {
        QCoreApplication::removeTranslator(&m_translator);
        m_translatorInstalled = false;
    }
    // English is the source language; its file only supplies plural forms.
    if (m_translator.load(QStringLiteral(":/i18n/fieldnotes_%1.qm").arg(m_language)))
        m_translatorInstalled = QCoreApplication::installTranslator(&m_translator);
}

} // namespace fieldnotes::app
