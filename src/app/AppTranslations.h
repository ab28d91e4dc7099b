// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace assoc::app {

// The translators the app installs: English plural forms first (the sources say "%n label(s)",
// and only a translation turns that into "1 label" / "2 labels"), then Qt's own and the app's
// texts in the user's language, which take precedence where they exist.
class AppTranslations {
public:
    // `directory` holds association-studio_<lang>.qm: ":/i18n" in the app, the build tree in
    // tests.
    explicit AppTranslations(QString directory = QStringLiteral(":/i18n"));
    ~AppTranslations();
    AppTranslations(const AppTranslations &) = delete;
    AppTranslations &operator=(const AppTranslations &) = delete;

    // Installs the translators for `locale`; true when the app has a translation of its own for
    // it (English counts: its plural forms are one).
    bool install(const QLocale &locale);
    void remove();

    static QString baseName() { return QStringLiteral("association-studio"); }

private:
    QString m_directory;
    QTranslator m_englishPlurals;
    QTranslator m_qt;
    QTranslator m_app;
};

} // namespace assoc::app
