// SPDX-License-Identifier: MIT
#include "JsonDuplicateKeys.h"

#include "JsonReader.h"

#include <QSet>
#include <algorithm>
#include <vector>

namespace assoc {

namespace {

// One open object or array on the way down to the current position.
struct Level {
    bool isObject = false;
    bool expectingKey = false; // objects: the next string is a key
    qsizetype index = 0;       // arrays: the current element
    QString key;               // objects: the current member
    QSet<QString> keys;        // objects: the members seen so far
};

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string whose opening quote is at `pos`; leaves `pos` after the closing quote.
// Only keys are decoded: values are skipped.
QString readString(const QByteArray &json, qsizetype &pos, bool decode) {
    QString out;
    QByteArray raw; // undecoded UTF-8 run since the last escape
    const qsizetype end = json.size();
    ++pos;
    while (pos < end && json.at(pos) != '"') {
        const char c = json.at(pos);
        if (c != '\\') {
            if (decode)
                raw.append(c);
            ++pos;
            continue;
        }
        if (pos + 1 >= end)
            break;
        const char e = json.at(pos + 1);
        pos += 2;
        if (!decode) {
            continue;
        }
        out += QString::fromUtf8(raw);
        raw.clear();
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            int code = 0;
            for (int i = 0; i < 4 && pos < end; ++i, ++pos)
                code = code * 16 + std::max(0, hexValue(json.at(pos)));
            out += QChar(char16_t(code));
            break;
        }
        default: // '"', '\\', '/'
            out += QLatin1Char(e);
        }
    }
    ++pos; // the closing quote
    if (decode)
        out += QString::fromUtf8(raw);
    return out;
}

QString pathOf(const std::vector<Level> &levels, const QString &key) {
    QString path;
    for (std::size_t i = 0; i + 1 < levels.size(); ++i) {
        const Level &level = levels[i];
        if (level.isObject)
            path = path.isEmpty() ? level.key : path + QLatin1Char('.') + level.key;
        else
            path = JsonReader::itemPath(path, level.index);
    }
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

std::optional<QString> JsonDuplicateKeys::find(const QByteArray &json) {
    // Iterative on purpose: the depth is whatever the document says.
    std::vector<Level> levels;
    qsizetype pos = 0;
    const qsizetype end = json.size();
    while (pos < end) {
        const char c = json.at(pos);
        switch (c) {
        case '{': {
            Level level;
            level.isObject = true;
            level.expectingKey = true;
            levels.push_back(std::move(level));
            ++pos;
            break;
        }
        case '[':
            levels.push_back(Level{});
            ++pos;
            break;
        case '}':
        case ']':
            if (!levels.empty())
                levels.pop_back();
            ++pos;
            break;
        case ',':
            if (!levels.empty()) {
                if (levels.back().isObject)
                    levels.back().expectingKey = true;
                else
                    ++levels.back().index;
            }
            ++pos;
            break;
        case '"': {
            const bool isKey =
                !levels.empty() && levels.back().isObject && levels.back().expectingKey;
            const QString text = readString(json, pos, isKey);
            if (isKey) {
                Level &level = levels.back();
                if (level.keys.contains(text))
                    return pathOf(levels, text);
                level.keys.insert(text);
                level.key = text;
                level.expectingKey = false;
            }
            break;
        }
        default: // whitespace, ':', numbers, literals, a byte-order mark
            ++pos;
        }
    }
    return std::nullopt;
}

} // namespace assoc
