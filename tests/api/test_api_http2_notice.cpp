// SPDX-License-Identifier: MIT
// Http2Notice: said once, only for a TLS answer over HTTP/1.1 while HTTP/2 is wanted.

#include "api/Http2Notice.h"

#include <QTest>

using namespace assoc;

class TestApiHttp2Notice : public QObject {
    Q_OBJECT
private slots:
    void saysOnceWhenTlsAnswersOverHttp1();
    void quietWhenHttp2WasUsed();
    void quietOverPlainHttp();
    void quietWhenHttp2IsOff();
};

void TestApiHttp2Notice::saysOnceWhenTlsAnswersOverHttp1() {
    Http2Notice notice(true);
    QVERIFY(notice.observe(true, false));
    QVERIFY(!notice.observe(true, false));
    QVERIFY(!notice.observe(true, false));
}

void TestApiHttp2Notice::quietWhenHttp2WasUsed() {
    Http2Notice notice(true);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!notice.observe(true, true));
    QVERIFY(notice.observe(true, false)); // a later answer over HTTP/1.1 still counts
}

void TestApiHttp2Notice::quietOverPlainHttp() {
    Http2Notice notice(true);
    QVERIFY(!notice.observe(false, false)); // cleartext HTTP/2 is not offered: nothing to say
}

void TestApiHttp2Notice::quietWhenHttp2IsOff() {
    Http2Notice notice(false);
    QVERIFY(!notice.observe(true, false)); // the person chose HTTP/1.1
}

QTEST_GUILESS_MAIN(TestApiHttp2Notice)
#include "test_api_http2_notice.moc"
