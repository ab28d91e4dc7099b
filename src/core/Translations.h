// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace assoc {

// The translators the app and assocctl install: English plural forms first (the sources say
// "%n label(s)", and only a translation turns that into "1 label" / "2 labels"), then Qt's own
// and the app's texts in the user's language, which take precedence where they exist.
class Translations {
public:
    // `directory` holds association-studio_<lang>.qm: ":/i18n" in the executables (embedded
    // by packaging/CMakeLists.txt), the build tree in tests.
    explicit Translations(QString directory = QStringLiteral(":/i18n"));
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

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

} // namespace assoc
