// SPDX-License-Identifier: MIT
// Validation: what the user typed is checked before anything goes to HubSpot, with messages that
// name the problem, and suggested internal names always pass the name check.

#include "core/Validation.h"

#include <QTest>

using namespace assoc;
using namespace Qt::StringLiterals;

namespace {

AssociationLabel userLabel(int typeId, const QString &text) {
    AssociationLabel l;
    l.category = AssociationCategory::UserDefined;
    l.typeId = typeId;
    l.label = text;
    return l;
}

bool hasIssue(const QList<ValidationIssue> &issues, ValidationIssue::Field field) {
    return std::any_of(issues.begin(), issues.end(),
                       [field](const ValidationIssue &i) { return i.field == field; });
}

QByteArray describe(const QList<ValidationIssue> &issues) {
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << QString::number(int(i.field)) + u": "_s + i.message;
    return out.join(u" | "_s).toUtf8();
}

} // namespace

class TestCoreValidation : public QObject {
    Q_OBJECT

private slots:
    void labelText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions"); // a word the message must contain (case-insensitive)

        QTest::newRow("plain") << u"Billing contact"_s << true << QString();
        QTest::newRow("accents and emoji") << u"Décideur 👔"_s << true << QString();
        QTest::newRow("punctuation") << u"Parent / child (legal)"_s << true << QString();
        QTest::newRow("100 chars") << QString(100, u'x') << true << QString();
        QTest::newRow("empty") << QString() << false << u"label"_s;
        QTest::newRow("whitespace only") << u"  \t "_s << false << u"label"_s;
        QTest::newRow("101 chars") << QString(101, u'x') << false << u"101"_s;
        QTest::newRow("tab") << u"Billing\tcontact"_s << false << u"control"_s;
        QTest::newRow("newline") << u"Billing\ncontact"_s << false << u"control"_s;
        QTest::newRow("NUL") << (u"Billing"_s + QChar(0) + u"contact"_s) << false << u"control"_s;
        QTest::newRow("DEL") << (u"Billing"_s + QChar(0x7f)) << false << u"control"_s;
        QTest::newRow("C1 control") << (u"Billing"_s + QChar(0x85)) << false << u"control"_s;
    }

    void labelText() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        for (const auto field : {ValidationIssue::Label, ValidationIssue::InverseLabel}) {
            const auto issues = Validation::checkLabelText(text, field);
            QCOMPARE(issues.isEmpty(), valid);
            for (const ValidationIssue &i : issues) {
                QCOMPARE(i.field, field);
                QVERIFY(!i.message.trimmed().isEmpty());
                QVERIFY2(i.message.contains(mentions, Qt::CaseInsensitive), qPrintable(i.message));
            }
        }
    }

    void inverseLabelMessageDiffers() {
        const auto label = Validation::checkLabelText(QString(), ValidationIssue::Label);
        const auto inverse = Validation::checkLabelText(QString(), ValidationIssue::InverseLabel);
        QCOMPARE(label.size(), 1);
        QCOMPARE(inverse.size(), 1);
        QVERIFY(label[0].message != inverse[0].message);
        QVERIFY(inverse[0].message.contains(u"other side"_s));
    }

    void name_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("simple") << u"billing_contact"_s << true << QString();
        QTest::newRow("one letter") << u"a"_s << true << QString();
        QTest::newRow("digits inside") << u"team2_lead"_s << true << QString();
        QTest::newRow("100 chars") << (u"a"_s + QString(99, u'b')) << true << QString();
        QTest::newRow("trailing underscore") << u"a_"_s << true << QString();
        QTest::newRow("empty") << QString() << false << u"internal name"_s;
        QTest::newRow("101 chars") << (u"a"_s + QString(100, u'b')) << false << u"101"_s;
        QTest::newRow("uppercase") << u"Billing_contact"_s << false << u"lowercase"_s;
        QTest::newRow("leading digit") << u"1st_contact"_s << false << u"starting with a letter"_s;
        QTest::newRow("leading underscore")
            << u"_contact"_s << false << u"starting with a letter"_s;
        QTest::newRow("space") << u"billing contact"_s << false << u"underscores"_s;
        QTest::newRow("dash") << u"billing-contact"_s << false << u"underscores"_s;
        QTest::newRow("accent") << u"décideur"_s << false << u"a-z"_s;
        QTest::newRow("dot") << u"a.b"_s << false << u"underscores"_s;
        QTest::newRow("trailing newline") << u"abc\n"_s << false << u"lowercase"_s;
    }

    void name() {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const auto issues = Validation::checkName(name);
        QCOMPARE(issues.isEmpty(), valid);
        for (const ValidationIssue &i : issues) {
            QCOMPARE(i.field, ValidationIssue::Name);
            QVERIFY(!i.message.trimmed().isEmpty());
            QVERIFY2(i.message.contains(mentions, Qt::CaseInsensitive), qPrintable(i.message));
        }
    }

    void createValid() {
        const LabelCreateRequest single{u"colleague"_s, u"Colleague"_s, std::nullopt};
        QVERIFY2(Validation::checkCreate(single).isEmpty(),
                 describe(Validation::checkCreate(single)));
        const LabelCreateRequest paired{u"manager_employee"_s, u"Manager"_s, u"Employee"_s};
        const QList<AssociationLabel> existing{userLabel(26, u"Billing contact"_s)};
        QVERIFY2(Validation::checkCreate(paired, existing).isEmpty(),
                 describe(Validation::checkCreate(paired, existing)));
    }

    void createReportsEveryField() {
        const LabelCreateRequest bad{u"Bad Name"_s, QString(), u"  "_s};
        const auto issues = Validation::checkCreate(bad);
        QVERIFY(hasIssue(issues, ValidationIssue::Name));
        QVERIFY(hasIssue(issues, ValidationIssue::Label));
        QVERIFY(hasIssue(issues, ValidationIssue::InverseLabel));
        for (const ValidationIssue &i : issues)
            QVERIFY(!i.message.isEmpty());
    }

    void duplicateLabel_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("same") << u"Billing contact"_s << true;
        QTest::newRow("other case") << u"BILLING CONTACT"_s << true;
        QTest::newRow("padded") << u"  billing Contact "_s << true;
        QTest::newRow("different") << u"Billing contacts"_s << false;
    }

    void duplicateLabel() {
        QFETCH(QString, typed);
        QFETCH(bool, duplicate);
        AssociationLabel unlabeled;
        unlabeled.category = AssociationCategory::HubSpotDefined;
        unlabeled.typeId = 279;
        const QList<AssociationLabel> existing{unlabeled, userLabel(26, u"Billing contact"_s),
                                               userLabel(28, u"Manager"_s)};
        const auto issues =
            Validation::checkCreate({u"billing_contact_2"_s, typed, std::nullopt}, existing);
        QCOMPARE(hasIssue(issues, ValidationIssue::Label), duplicate);
        if (duplicate) {
            QCOMPARE(issues.size(), 1);
            QVERIFY2(issues[0].message.contains(u"Billing contact"_s),
                     qPrintable(issues[0].message));
            QVERIFY2(issues[0].message.contains(u"26"_s), qPrintable(issues[0].message));
        }
    }

    void duplicateAgainstHubSpotLabel() {
        AssociationLabel primary;
        primary.category = AssociationCategory::HubSpotDefined;
        primary.typeId = 1;
        primary.label = u"Primary"_s;
        const auto issues =
            Validation::checkCreate({u"primary"_s, u"primary"_s, std::nullopt}, {primary});
        QVERIFY(hasIssue(issues, ValidationIssue::Label));
    }

    void renameDuplicateIgnoresItself() {
        const QList<AssociationLabel> existing{userLabel(26, u"Billing contact"_s),
                                               userLabel(28, u"Manager"_s)};
        QVERIFY(
            Validation::checkRename({26, u"billing CONTACT"_s, std::nullopt}, existing).isEmpty());
        const auto clash = Validation::checkRename({26, u"manager"_s, std::nullopt}, existing);
        QCOMPARE(clash.size(), 1);
        QCOMPARE(clash[0].field, ValidationIssue::Label);
        QVERIFY(clash[0].message.contains(u"Manager"_s));
        QVERIFY(hasIssue(Validation::checkRename({26, u"Ok"_s, QString()}, existing),
                         ValidationIssue::InverseLabel));
        QVERIFY(hasIssue(Validation::checkRename({26, QString(101, u'x'), std::nullopt}, existing),
                         ValidationIssue::Label));
    }

    void labelCap() {
        QList<AssociationLabel> existing;
        AssociationLabel hubspot;
        hubspot.category = AssociationCategory::HubSpotDefined;
        hubspot.typeId = 1;
        hubspot.label = u"Primary"_s;
        existing << hubspot;
        for (int i = 0; i < Validation::MaxUserLabelsPerPair - 1; ++i)
            existing << userLabel(100 + i, u"Label %1"_s.arg(i));
        const LabelCreateRequest request{u"one_more"_s, u"One more"_s, std::nullopt};
        // 49 user labels (and a HubSpot one, which does not count): one more fits.
        QVERIFY2(Validation::checkCreate(request, existing).isEmpty(),
                 describe(Validation::checkCreate(request, existing)));
        existing << userLabel(500, u"Label 49"_s);
        const auto issues = Validation::checkCreate(request, existing);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].field, ValidationIssue::Label);
        QVERIFY2(issues[0].message.contains(u"50"_s), qPrintable(issues[0].message));
    }

    void limit_data() {
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("valid");
        QTest::newRow("min int") << std::numeric_limits<int>::min() << false;
        QTest::newRow("-1") << -1 << false;
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("25") << 25 << true;
        QTest::newRow("10000") << 10000 << true;
        QTest::newRow("10001") << 10001 << false;
        QTest::newRow("max int") << std::numeric_limits<int>::max() << false;
    }

    void limit() {
        QFETCH(int, limit);
        QFETCH(bool, valid);
        const auto issues = Validation::checkLimit(limit);
        QCOMPARE(issues.isEmpty(), valid);
        for (const ValidationIssue &i : issues) {
            QCOMPARE(i.field, ValidationIssue::Limit);
            QVERIFY(!i.message.isEmpty());
            QVERIFY2(i.message.contains(limit < 1 ? u"at least 1"_s : u"10"_s),
                     qPrintable(i.message));
        }
    }

    void suggestNameExamples_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("inverse");
        QTest::addColumn<QString>("expected");

        QTest::newRow("billing contact")
            << u"Billing contact"_s << QString() << u"billing_contact"_s;
        QTest::newRow("paired") << u"Manager"_s << u"Employee"_s << u"manager_employee"_s;
        QTest::newRow("same both ways") << u"Colleague"_s << u"colleague"_s << u"colleague"_s;
        QTest::newRow("accents") << u"Décideur économique"_s << QString()
                                 << u"decideur_economique"_s;
        QTest::newRow("ligature and width")
            << u"Ｂｉｌｌｉｎｇ ﬁnance"_s << QString() << u"billing_finance"_s;
        QTest::newRow("dash and underscore")
            << u"Co-owner__main"_s << QString() << u"co_owner_main"_s;
        QTest::newRow("surrounding spaces")
            << u"   Billing   contact  "_s << QString() << u"billing_contact"_s;
        QTest::newRow("leading digits") << u"2nd contact"_s << QString() << u"nd_contact"_s;
        QTest::newRow("digits kept inside")
            << u"Tier 2 partner"_s << QString() << u"tier_2_partner"_s;
        QTest::newRow("only inverse usable") << u"123"_s << u"Employee"_s << u"employee"_s;
    }

    void suggestNameExamples() {
        QFETCH(QString, label);
        QFETCH(QString, inverse);
        QFETCH(QString, expected);
        QCOMPARE(Validation::suggestName(label, inverse), expected);
    }

    void suggestNameAlwaysValid_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("inverse");

        const QStringList labels{
            u"Billing contact"_s,
            u"Manager"_s,
            u"a"_s,
            u"Z"_s,
            u"Décideur"_s,
            u"Ærø"_s,
            u"Straße"_s,
            u"İstanbul office"_s,
            u"Ωmega"_s,
            u"客户"_s,
            u"Клиент"_s,
            u"👔 Boss"_s,
            u"👔"_s,
            u"2024"_s,
            u"2nd"_s,
            u"123 456"_s,
            u"_private"_s,
            u"__"_s,
            u"-"_s,
            u"!!!"_s,
            u"a!b?c"_s,
            u"Parent / child"_s,
            u"O'Brien's account"_s,
            u"x\ty"_s,
            u"Tier\u00a02"_s,
            u"١٢٣"_s,
            u"Ｆｕｌｌ"_s,
            u"ﬁ"_s,
            u"e\u0301"_s,
            QString(300, u'a'),
            QString(150, u'é'),
            u"a"_s + QString(120, u'-') + u"b"_s,
            QString(99, u'a') + u" b"_s,
            u"½ share"_s,
            u"⁵ fifth"_s,
            u"Co—owner"_s,
            u"\U0001D400bc"_s,
        };
        const QStringList inverses{QString(), u"Employee"_s, u"客户"_s, u"9"_s, QString(80, u'z')};
        int row = 0;
        for (const QString &l : labels) {
            for (const QString &inv : inverses)
                QTest::addRow("%d", row++) << l << inv;
        }
    }

    void suggestNameAlwaysValid() {
        QFETCH(QString, label);
        QFETCH(QString, inverse);
        const QString name = Validation::suggestName(label, inverse);
        const auto issues = Validation::checkName(name);
        QVERIFY2(issues.isEmpty(), qPrintable(u"\"%1\" / \"%2\" -> \"%3\": %4"_s.arg(
                                       label, inverse, name, QString::fromUtf8(describe(issues)))));
        QCOMPARE(Validation::suggestName(label, inverse), name); // deterministic
    }

    void suggestNameOfNothing() {
        // Nothing typed yet: nothing to suggest (the name field stays empty).
        QCOMPARE(Validation::suggestName(QString()), QString());
        QCOMPARE(Validation::suggestName(u"   "_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestCoreValidation)
#include "test_core_validation.moc"
