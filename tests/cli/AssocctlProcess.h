// SPDX-License-Identifier: MIT
#pragma once

// Runs the built assocctl (ASSOCCTL_PATH), or another program, the way a script would, for the
// cli suites.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <optional>

namespace assoc::test {

// What one run printed and how it ended.
struct RunResult {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString text() const { return QString::fromUtf8(out); }
    QString errors() const { return QString::fromUtf8(err); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    bool isJson() const {
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(out, &e);
        return e.error == QJsonParseError::NoError && d.isObject();
    }
    // Standard error first: QTest cuts long messages, and a sanitizer's report or the error
    // message tells more than the table printed before it.
    QByteArray describe() const {
        return "exit " + QByteArray::number(exitCode) + "\n--- stderr\n" + err + "\n--- stdout\n" +
               out;
    }
};

// The test's environment without any HUBSPOT_* variable: a developer's own token never
// reaches a run.
inline QProcessEnvironment assocctlEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QStringLiteral("HUBSPOT_")))
            env.remove(key);
    }
    return env;
}

// The fake portal serves on this thread, so the wait spins the event loop; a run that does not
// end in time is killed and reported as not finished. `input`, when given, is what the program
// reads on standard input, which is then closed.
inline RunResult runProgram(const QString &program, const QStringList &args,
                            const QProcessEnvironment &env, int timeoutMs = 60000,
                            const std::optional<QByteArray> &input = std::nullopt) {
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    RunResult r;
    r.finished = QTest::qWaitFor([&finished] { return finished.count() > 0; }, timeoutMs);
    if (!r.finished) {
        process.kill();
        if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 5000))
            qWarning("%s did not end after being killed", qPrintable(program));
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

inline RunResult runAssocctl(const QStringList &args, const QProcessEnvironment &env,
                             int timeoutMs = 60000,
                             const std::optional<QByteArray> &input = std::nullopt) {
    return runProgram(QStringLiteral(ASSOCCTL_PATH), args, env, timeoutMs, input);
}

} // namespace assoc::test
