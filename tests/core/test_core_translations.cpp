// SPDX-License-Identifier: MIT
// The German translation reaches the texts the core writes outside any QObject (validation
// messages, plan summaries): lupdate must file them under the context they are looked up with.

#include "core/SchemaPlan.h"
#include "core/Validation.h"

#include <QTest>
#include <QTranslator>

using namespace assoc;

class TestCoreTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_translator.load(QStringLiteral(GERMAN_QM)), GERMAN_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void validationMessagesAreGerman() {
        const auto issues = Validation::checkLabelText(QString(), ValidationIssue::Label);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message, QStringLiteral("Geben Sie ein Label ein."));
    }

    void planSummariesAreGerman() {
        PlanChange change;
        change.kind = PlanChange::Kind::CreateLabel;
        change.fromType = QStringLiteral("contacts");
        change.toType = QStringLiteral("companies");
        change.labelText = QStringLiteral("Manager");
        QCOMPARE(change.summary(),
                 QStringLiteral("Bezeichnung “Manager” erstellen (contacts → companies)"));
        change.labelText.clear();
        QVERIFY2(change.summary().contains(QStringLiteral("Ohne Bezeichnung")),
                 qPrintable(change.summary()));
    }

    void countsAreGermanPlurals() {
        QCOMPARE(PlanChange::limitText(1), QStringLiteral("höchstens 1 Datensatz"));
        QCOMPARE(PlanChange::limitText(3), QStringLiteral("höchstens 3 Datensätze"));
    }

    // English is the language of the sources; its .qm only turns "record(s)" into real plurals.
    void countsAreEnglishPlurals() {
        QTranslator english;
        QVERIFY2(english.load(QStringLiteral(ENGLISH_QM)), ENGLISH_QM);
        QVERIFY(QCoreApplication::installTranslator(&english));
        const QString one = PlanChange::limitText(1);
        const QString three = PlanChange::limitText(3);
        const QString none = PlanChange::limitText(std::nullopt);
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(one, QStringLiteral("at most 1 record"));
        QCOMPARE(three, QStringLiteral("at most 3 records"));
        // Plural forms only: every other text comes from the next translator (German here).
        QCOMPARE(none, QStringLiteral("kein Limit"));
    }

private:
    QTranslator m_translator;
};

QTEST_GUILESS_MAIN(TestCoreTranslations)
#include "test_core_translations.moc"
