// Local preferences of this tablet: the auto-lock time and the language. They live in a small
// settings file outside the encrypted store and must never hold personal data (no names, no ids
// of participants, no search terms).
//
// The language is switched at runtime: the translator is replaced, QLocale's default follows (so
// dates and numbers change with it), every QML binding that uses qsTr() is re-evaluated, and
// languageChanged() tells C++ models to re-format their texts.
#pragma once

#include <QLocale>
#include <QObject>
#include <QSettings>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace fieldnotes::app {

class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int lockTimeoutMinutes READ lockTimeoutMinutes WRITE setLockTimeoutMinutes NOTIFY lockTimeoutChanged)
    Q_PROPERTY(QList<int> lockTimeoutChoices READ lockTimeoutChoices CONSTANT)
    // The lock time as a position in lockTimeoutChoices, for a list of choices on screen.
    Q_PROPERTY(int lockTimeoutIndex READ lockTimeoutIndex WRITE setLockTimeoutIndex NOTIFY lockTimeoutChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged)
    Q_PROPERTY(Qt::LayoutDirection layoutDirection READ layoutDirection NOTIFY languageChanged)

public:
    // `settingsFile` empty: in memory only (tests). `languageOverride` wins over the stored choice
    // for this run without being stored (for screenshots).
    explicit Preferences(const QString& settingsFile, const QString& languageOverride = {}, QObject* parent = nullptr);
    ~Preferences() override;

    static Preferences* instance();
    static Preferences* create(QQmlEngine*, QJSEngine*);

    // The engine whose qsTr() bindings are re-evaluated on a language change.
    void attachEngine(QQmlEngine* engine);

    int lockTimeoutMinutes() const { return m_lockTimeoutMinutes; }
    void setLockTimeoutMinutes(int minutes);
    static QList<int> lockTimeoutChoices() { return { 1, 2, 5, 10, 15, 30 }; }
    int lockTimeoutIndex() const { return static_cast<int>(lockTimeoutChoices().indexOf(m_lockTimeoutMinutes)); }
    void setLockTimeoutIndex(int index);

    QString language() const { return m_language; }
    void setLanguage(const QString& language); // "nb" or "en"
    QString localeName() const;
    Qt::LayoutDirection layoutDirection() const { return Qt::LeftToRight; }

    Q_INVOKABLE QString languageName(const QString& language) const;
    Q_INVOKABLE QStringList languages() const { return { QStringLiteral("nb"), QStringLiteral("en") }; }

signals:
    void lockTimeoutChanged();
    void languageChanged();

private:
    void applyLanguage();

    std::unique_ptr<QSettings> m_settings;
    int m_lockTimeoutMinutes = 5;
    QString m_language;
    bool m_overridden = false;
    QTranslator m_translator;
    bool m_translatorInstalled = false;
    QQmlEngine* m_engine = nullptr;
};

} // namespace fieldnotes::app
