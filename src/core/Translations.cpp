// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace assoc {

Translations::Translations(QString directory)
    : m_directory(std::move(directory)) {}

Translations::~Translations() {
    remove();
}

bool Translations::install(const QLocale &locale) {
    remove();
    const QString separator = QStringLiteral("_");
    // Installed first, so it is asked last: another language's own plural forms win, and a text
    // that language lacks still reads "1 label", never "1 label(s)".
    const bool english =
        m_englishPlurals.load(baseName() + separator + QStringLiteral("en"), m_directory);
    if (english)
        QCoreApplication::installTranslator(&m_englishPlurals);
    if (m_qt.load(locale, QStringLiteral("qtbase"), separator,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (locale.language() == QLocale::English)
        return english;
    if (!m_app.load(locale, baseName(), separator, m_directory))
        return false;
    QCoreApplication::installTranslator(&m_app);
    return true;
}

void Translations::remove() {
    for (QTranslator *t : {&m_app, &m_qt, &m_englishPlurals})
        QCoreApplication::removeTranslator(t);
}

} // namespace assoc
