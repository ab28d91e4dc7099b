// SPDX-License-Identifier: MIT
#include "RawRequest.h"

#include <QUrl>

namespace assoc::fuzz {

namespace {

QByteArray chomp(QByteArray line) {
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

fake::FakeRequest parseOne(const QByteArray &text) {
    fake::FakeRequest request;
    qsizetype pos = 0;
    auto nextLine = [&] {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArray line = chomp(text.mid(pos, end - pos));
        pos = std::min(end + 1, text.size());
        return line;
    };
    const QByteArray requestLine = nextLine();
    const qsizetype space = requestLine.indexOf(' ');
    request.method = QString::fromLatin1(space < 0 ? requestLine : requestLine.left(space));
    // Decoded as FakeHttpServer decodes the target of a real request.
    const QUrl url = QUrl::fromEncoded(space < 0 ? QByteArray() : requestLine.mid(space + 1));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = url.query(QUrl::FullyEncoded);
    while (pos < text.size()) {
        const QByteArray line = nextLine();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            request.headers.append({line, QByteArray()});
        else
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    request.body = text.mid(pos);
    request.correlationId = QStringLiteral("00000000-0000-4000-8000-00000000f022");
    return request;
}

} // namespace

QList<fake::FakeRequest> RawRequest::parse(const QByteArray &input) {
    QList<fake::FakeRequest> out;
    qsizetype start = 0;
    while (out.size() < MaxRequests && start <= input.size()) {
        qsizetype end = input.indexOf(separator(), start);
        if (end < 0)
            end = input.size();
        out.append(parseOne(input.mid(start, end - start)));
        start = end + separator().size();
    }
    return out;
}

QByteArray RawRequest::write(const QList<fake::FakeRequest> &requests) {
    QList<QByteArray> parts;
    for (const fake::FakeRequest &request : requests) {
        QUrl url;
        url.setPath(request.path);
        if (!request.query.isEmpty())
            url.setQuery(request.query, QUrl::StrictMode);
        QByteArray text = request.method.toLatin1() + ' ' + url.toEncoded() + '\n';
        for (const auto &[name, value] : request.headers)
            text += name + ": " + value + '\n';
        text += '\n' + request.body;
        parts.append(text);
    }
    return parts.join(separator());
}

} // namespace assoc::fuzz
