// SPDX-License-Identifier: MIT
// TextTable: aligned columns for assocctl's text output.

#include "cli/TextTable.h"

#include <QTest>

using assoc::cli::TextTable;

class TestCliTextTable : public QObject {
    Q_OBJECT
private slots:
    void columnsAreAlignedByTheWidestCell();
    void rightAlignedColumnsPadOnTheLeft();
    void noTrailingSpaces();
    void lineBreaksInACellStayOnOneLine();
    void shortRowsAreFilledAndLongOnesCut();
    void headerOnlyWithoutRows();
};

void TestCliTextTable::columnsAreAlignedByTheWidestCell() {
    TextTable table({QStringLiteral("ID"), QStringLiteral("LABEL"), QStringLiteral("LIMIT")});
    table.addRow({QStringLiteral("1"), QStringLiteral("Billing contact"), QStringLiteral("2")});
    table.addRow({QStringLiteral("110"), QStringLiteral("Partner"), QStringLiteral("none")});
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.render(), QStringLiteral("ID   LABEL            LIMIT\n"
                                            "1    Billing contact  2\n"
                                            "110  Partner          none\n"));
}

void TestCliTextTable::rightAlignedColumnsPadOnTheLeft() {
    TextTable table({QStringLiteral("ID"), QStringLiteral("NAME")});
    table.setAlignment(0, TextTable::Align::Right);
    table.setAlignment(7, TextTable::Align::Right); // no such column: ignored
    table.addRow({QStringLiteral("7"), QStringLiteral("a")});
    table.addRow({QStringLiteral("1234"), QStringLiteral("b")});
    QCOMPARE(table.render(), QStringLiteral("  ID  NAME\n"
                                            "   7  a\n"
                                            "1234  b\n"));
}

void TestCliTextTable::noTrailingSpaces() {
    TextTable table({QStringLiteral("A"), QStringLiteral("B")});
    table.addRow({QStringLiteral("long cell"), QString()});
    const QStringList lines = table.render().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
}

void TestCliTextTable::lineBreaksInACellStayOnOneLine() {
    TextTable table({QStringLiteral("LABEL")});
    table.addRow({QStringLiteral("two\nlines\tand\rmore")});
    QCOMPARE(table.render(), QStringLiteral("LABEL\ntwo lines and more\n"));
}

void TestCliTextTable::shortRowsAreFilledAndLongOnesCut() {
    TextTable table({QStringLiteral("A"), QStringLiteral("B")});
    table.addRow({QStringLiteral("x")});
    table.addRow({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    QCOMPARE(table.render(), QStringLiteral("A  B\nx\n1  2\n"));
}

void TestCliTextTable::headerOnlyWithoutRows() {
    TextTable table({QStringLiteral("A"), QStringLiteral("B")});
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(table.render(), QStringLiteral("A  B\n"));
}

QTEST_GUILESS_MAIN(TestCliTextTable)
#include "test_cli_text_table.moc"
