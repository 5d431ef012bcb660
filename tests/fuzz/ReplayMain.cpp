// The main() of a fuzz target in the ordinary build, where there is no libFuzzer: a short,
// deterministic fuzz run for the test suite (label fuzz).
//
//   fuzz_apikey [--mutations N] [--seed S] PATH...
//
// Every file given, and every file in every folder given, goes through LLVMFuzzerTestOneInput
// as it is; then N mutants of them (default 2,000), made by a fixed pseudo-random sequence, so a
// failure happens again on every run: bit flips, bytes set to JSON's special characters,
// truncations, cut or repeated ranges, JSON-ish tokens inserted, the tail of another file spliced
// on, and for JSON inputs a value of the document replaced by one of another type or an edge
// value, or a member dropped. A target's checks abort on failure; the input that failed is then
// written to replay-failure-<target>.bin in the working folder, to be replayed alone:
//
//   fuzz_apikey replay-failure-fuzz_apikey.bin
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

#include <fcntl.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PODWARDEN_REPLAY_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PODWARDEN_REPLAY_ASAN 1
#endif
#ifdef PODWARDEN_REPLAY_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

// What is running now, kept where a signal handler can write it out without allocating.
struct Current
{
    const char* data = nullptr;
    size_t size = 0;
    char label[256] = {};
    char dumpPath[512] = {};
};
Current g_current;

void writeAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n <= 0)
            return;
        data += n;
        size -= static_cast<size_t>(n);
    }
}

void dumpCurrent()
{
    if (!g_current.data)
        return;
    const char* head = "\nreplay: failed on ";
    writeAll(2, head, std::strlen(head));
    writeAll(2, g_current.label, std::strlen(g_current.label));
    const int fd = ::open(g_current.dumpPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        writeAll(fd, g_current.data, g_current.size);
        ::close(fd);
        const char* saved = "; the input is in ";
        writeAll(2, saved, std::strlen(saved));
        writeAll(2, g_current.dumpPath, std::strlen(g_current.dumpPath));
    }
    writeAll(2, "\n", 1);
    g_current.data = nullptr;
}

void onSignal(int signal)
{
    dumpCurrent();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void run(const QByteArray& input, const QString& label)
{
    g_current.data = input.constData();
    g_current.size = static_cast<size_t>(input.size());
    std::snprintf(g_current.label, sizeof g_current.label, "%s", label.toUtf8().constData());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), static_cast<size_t>(input.size()));
    g_current.data = nullptr;
}

// splitmix64: the same sequence on every machine and compiler (unlike std::uniform_*_distribution).
class Rng
{
public:
    explicit Rng(uint64_t seed)
        : m_state(seed)
    {}
    uint64_t next()
    {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 <= below(n) < n, for n > 0.
    qsizetype below(qsizetype n) { return static_cast<qsizetype>(next() % static_cast<uint64_t>(n)); }

private:
    uint64_t m_state;
};

const char* const kTokens[] = {"{",
                               "}",
                               "[",
                               "]",
                               "\"",
                               ":",
                               ",",
                               "null",
                               "true",
                               "false",
                               "0",
                               "-1",
                               "1e999",
                               "-0",
                               "0.5",
                               "9007199254740993",
                               "2147483648",
                               "-9223372036854775809",
                               "\"\"",
                               "\"\\u0000\"",
                               "\"\\ud800\"",
                               "\\",
                               "{}",
                               "[]",
                               "\"id\":",
                               "\"name\":",
                               "\"pagination\":",
                               "\"nextCursor\":",
                               "\"hasNextPage\":true",
                               "\"createdAt\":\"2026-09-01T10:00:00Z\"",
                               "1970-01-01T00:00:00Z",
                               "9999-12-31T23:59:59-23:59",
                               "0001-01-01T00:00:00+23:59",
                               "2026-02-30T10:00:00Z",
                               ".123456789",
                               "{{",
                               "}}",
                               "{{ RUNPOD_SECRET_",
                               " }}",
                               "RUNPOD_SECRET_a.b-c/d",
                               "\n",
                               "\r\n",
                               "\t",
                               " ",
                               "=",
                               "export ",
                               "#",
                               ";",
                               "r=",
                               "q=",
                               "w=",
                               "t=",
                               "\"minute\"",
                               "GMT",
                               "Sun, 06 Nov 1994 08:49:37 GMT",
                               "application/problem+json",
                               "\xc3\xa9",
                               "\xff",
                               "\xed\xa0\x80",
                               "\xf0\x9f\x94\x91"};

const char kSpecialBytes[] = {'\0', '"',  '\\', '{', '}', '[',    ']',    ',',    ':',   '0',
                              '-',  '\n', '=',  ';', ' ', '\x7f', '\x80', '\xc3', '\xff'};

QJsonValue edgeValue(Rng& rng)
{
    switch (rng.below(20)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return true;
    case 2:
        return false;
    case 3:
        return 0;
    case 4:
        return -1;
    case 5:
        return 0.5;
    case 6:
        return 1e300;
    case 7:
        return 9007199254740993.0;
    case 8:
        return 2147483648.0;
    case 9:
        return QString();
    case 10:
        return QStringLiteral("x");
    case 11:
        return QString(300, QLatin1Char('a'));
    case 12:
        return QStringLiteral("2026-09-01T10:00:00.123Z");
    case 13:
        return QStringLiteral("9999-12-31T23:59:59-23:59");
    case 14:
        return QStringLiteral("0001-01-01T00:00:00+00:01");
    case 15:
        return QStringLiteral("{{ RUNPOD_SECRET_x }}");
    case 16:
        return QJsonArray();
    case 17:
        return QJsonObject();
    case 18:
        return QJsonArray{QJsonValue(QJsonValue::Null)};
    default:
        return QJsonObject{{QString(), QJsonValue(QJsonValue::Null)}};
    }
}

int countNodes(const QJsonValue& v)
{
    int n = 1;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            n += countNodes(it.value());
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            n += countNodes(item);
    }
    return n;
}

// The document with its `target`-th node (depth first, the root is 0) changed.
QJsonValue mutateNode(const QJsonValue& v, int& index, int target, Rng& rng)
{
    if (index++ == target) {
        if (v.isString() && rng.below(2) == 0) {
            QString s = v.toString();
            if (!s.isEmpty() && rng.below(2) == 0)
                s.truncate(rng.below(s.size()));
            else
                s.insert(rng.below(s.size() + 1), QString::fromUtf8(kTokens[rng.below(std::size(kTokens))]));
            return s;
        }
        return edgeValue(rng);
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        for (const QString& key : keys) {
            const int before = index;
            const QJsonValue child = mutateNode(o.value(key), index, target, rng);
            if (target >= before && target < index) {
                // Sometimes the member goes instead of its value changing.
                if (rng.below(4) == 0 && before == target)
                    o.remove(key);
                else
                    o.insert(key, child);
                return o;
            }
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const int before = index;
            const QJsonValue child = mutateNode(a.at(i), index, target, rng);
            if (target >= before && target < index) {
                if (rng.below(4) == 0 && before == target)
                    a.insert(i, a.at(i)); // repeated
                else
                    a.replace(i, child);
                return a;
            }
        }
    }
    return v;
}

bool mutateJson(QByteArray& data, Rng& rng)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (doc.isNull())
        return false;
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    int index = 0;
    const QJsonValue changed = mutateNode(root, index, static_cast<int>(rng.below(countNodes(root))), rng);
    const auto format = rng.below(2) == 0 ? QJsonDocument::Compact : QJsonDocument::Indented;
    if (changed.isObject())
        data = QJsonDocument(changed.toObject()).toJson(format);
    else if (changed.isArray())
        data = QJsonDocument(changed.toArray()).toJson(format);
    else // a bare value: "[value]" without its brackets
        data = QJsonDocument(QJsonArray{changed}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return true;
}

void mutateBytes(QByteArray& data, const QList<QByteArray>& corpus, Rng& rng)
{
    const qsizetype size = data.size();
    switch (rng.below(7)) {
    case 0: // flip a bit
        if (size > 0)
            data[rng.below(size)] ^= static_cast<char>(1 << rng.below(8));
        break;
    case 1: // a byte that means something to a parser
        if (size > 0)
            data[rng.below(size)] = kSpecialBytes[rng.below(std::size(kSpecialBytes))];
        break;
    case 2: // cut short
        data.truncate(size > 0 ? rng.below(size) : 0);
        break;
    case 3: // a range cut out
        if (size > 0) {
            const qsizetype at = rng.below(size);
            data.remove(at, 1 + rng.below(std::min<qsizetype>(16, size - at)));
        }
        break;
    case 4: // a range repeated
        if (size > 0) {
            const qsizetype at = rng.below(size);
            const QByteArray range = data.mid(at, 1 + rng.below(std::min<qsizetype>(32, size - at)));
            data.insert(rng.below(size + 1), range);
        }
        break;
    case 5: // a token inserted
        data.insert(rng.below(size + 1), kTokens[rng.below(std::size(kTokens))]);
        break;
    default: { // the tail of another input spliced on
        const QByteArray& other = corpus.at(rng.below(corpus.size()));
        data = data.left(size > 0 ? rng.below(size + 1) : 0) + other.mid(other.isEmpty() ? 0 : rng.below(other.size()));
        break;
    }
    }
}

QStringList inputFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir()) {
            QStringList inDir;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                inDir.append(it.next());
            inDir.sort();
            files += inDir;
        } else {
            files.append(path);
        }
    }
    return files;
}

int usage(const char* self)
{
    std::fprintf(stderr, "usage: %s [--mutations N] [--seed S] PATH...\n", self);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    long mutations = 2000;
    uint64_t seed = 1;
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--mutations" || arg == "--seed") && i + 1 < argc) {
            bool ok = false;
            const qlonglong value = QByteArray(argv[++i]).toLongLong(&ok);
            if (!ok || value < 0)
                return usage(argv[0]);
            if (arg == "--mutations")
                mutations = static_cast<long>(value);
            else
                seed = static_cast<uint64_t>(value);
        } else if (arg.startsWith('-')) {
            return usage(argv[0]);
        } else {
            paths.append(QString::fromLocal8Bit(arg));
        }
    }
    if (paths.isEmpty())
        return usage(argv[0]);

    const QString name = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName();
    std::snprintf(
        g_current.dumpPath, sizeof g_current.dumpPath, "%s",
        QDir::current().absoluteFilePath(QStringLiteral("replay-failure-%1.bin").arg(name)).toUtf8().constData());
    for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, onSignal);
#ifdef PODWARDEN_REPLAY_ASAN
    __sanitizer_set_death_callback(dumpCurrent);
#endif

    QList<QByteArray> corpus;
    for (const QString& file : inputFiles(paths)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read %s\n", argv[0], qPrintable(file));
            return 2;
        }
        corpus.append(f.readAll());
        run(corpus.last(), file);
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "%s: no input in %s\n", argv[0], qPrintable(paths.join(QLatin1Char(' '))));
        return 2;
    }

    Rng rng(seed);
    for (long n = 0; n < mutations; ++n) {
        const qsizetype from = n % corpus.size();
        QByteArray mutant = corpus.at(from);
        const qsizetype steps = 1 + rng.below(4);
        for (qsizetype s = 0; s < steps; ++s) {
            // JSON inputs get a structural change half the time: byte changes mostly break the
            // syntax, and the decoders' own checks lie past it.
            if (rng.below(2) == 0 && mutateJson(mutant, rng))
                continue;
            mutateBytes(mutant, corpus, rng);
        }
        run(mutant, QStringLiteral("mutant %1 (of input %2, seed %3)").arg(n).arg(from).arg(seed));
    }
    std::printf("%s: %lld inputs and %ld mutants, every check held\n", qPrintable(name),
                static_cast<long long>(corpus.size()), mutations);
    return 0;
}
