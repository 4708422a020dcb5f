// Click-to-call measurements through the real ChatWidget against cec-sim (gateway + agent media
// peer started eagerly, so its start-up is not inside the measured call):
//  - the client's own call set-up overhead: from the Voice click to the first remote audio packet
//    (inbound-rtp audio packetsReceived > 0, sampled in the page every 5 ms), minus the delays the
//    simulator was configured with (queueEvents x queueStepMs + answerDelayMs);
//  - memory: PSS summed over this process and its QtWebEngineProcess children (cec-sim and its
//    agent peer excluded), with the call page ready and during a call.
// Run inside a private loopback-only network namespace: scripts/bench-call.sh.
#include "callpanel_p.h"
#include "callpanelplugin_p.h"
#include "chatwidget.h"
#include "chatwidgetconfig_p.h"
#include "remotecallmedia.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace cec;
using cec::test::waitFor;

namespace {

constexpr int kQueueEvents = 1;
constexpr int kQueueStepMs = 500;
constexpr int kAnswerDelayMs = 0;

void setDefault(const char *name, const QByteArray &value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value);
}

// Installed in the page's main world before each call: records Date.now() of the first inbound
// audio packet. Read-only (getStats); the page's own code is not changed.
const char kSampler[] = R"JS(
(function () {
    window.cecBenchFirstAudio = 0;
    clearInterval(window.cecBenchTimer);
    window.cecBenchTimer = setInterval(async () => {
        const pc = window.cecCall && window.cecCall.peerConnection();
        if (!pc) return;
        const report = await pc.getStats();
        report.forEach(r => {
            if (r.type === 'inbound-rtp' && r.kind === 'audio' && r.packetsReceived > 0 &&
                !window.cecBenchFirstAudio) {
                window.cecBenchFirstAudio = Date.now();
                clearInterval(window.cecBenchTimer);
            }
        });
    }, 5);
})();
)JS";

std::map<int, int> parents()
{
    std::map<int, int> result;
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1)
            result[pid] = fields.at(1).toInt();
    }
    return result;
}

QString commandName(int pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed()
                                          : QString();
}

// PSS (KiB) of this process and its descendants, leaving out the simulator's subtree.
std::pair<qint64, int> treePssKiB()
{
    const auto parentOf = parents();
    std::set<int> tree{int(getpid())};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto &[pid, parent] : parentOf) {
            if (tree.count(parent) && !tree.count(pid) &&
                !commandName(pid).startsWith(u"cec-sim"_s)) {
                tree.insert(pid);
                grew = true;
            }
        }
    }
    qint64 total = 0;
    for (int pid : tree) {
        QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(pid));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            if (line.startsWith("Pss:"))
                total += line.simplified().split(' ').value(1).toLongLong();
        }
    }
    return {total, int(tree.size())};
}

// Through the call host's test hook (CEC_CALL_HOST_TEST_HOOKS, docs/call-host.md).
qint64 pageNumber(cec::RemoteCallMedia &media, const QString &expression)
{
    auto value = std::make_shared<qint64>(-1);
    auto done = std::make_shared<bool>(false);
    media.testRunJavaScript(expression, [value, done](const QJsonValue &v) {
        *value = qint64(v.toDouble(-1));
        *done = true;
    });
    waitFor([&] { return *done; }, 5000);
    return *value;
}

} // namespace

int main(int argc, char **argv)
{
    setDefault("QT_QPA_PLATFORM", "offscreen");
    setDefault("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    setDefault("QTWEBENGINE_DISABLE_SANDBOX", "1");
    setDefault("QTWEBENGINE_CHROMIUM_FLAGS",
               "--use-fake-device-for-media-stream --allow-loopback-in-peer-connection "
               "--disable-features=WebRtcHideLocalIpsWithMdns --disable-gpu");
    setDefault("QT_LOGGING_RULES", "*.info=false");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtimeDir = u"/tmp/runtime-"_s + QString::number(getuid());
        QDir().mkpath(runtimeDir);
        QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir.toLocal8Bit());
    }
    setDefault("CEC_CALL_HOST", CEC_CALL_HOST_PATH);
    qputenv("CEC_CALL_HOST_TEST_HOOKS", "1"); // the sampler goes into the page through them
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;

    cec::test::SimulatorProcess::Options options;
    options.extraArguments = {u"--quiet"_s};
    options.mediaAgent = cec::test::SimulatorProcess::MediaAgent::Ready; // started before any clock
    cec::test::SimulatorProcess sim(options);
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "cec-sim: %s\n", qPrintable(error));
        return 1;
    }
    sim.configure({{u"queueLength"_s, 0},
                   {u"clickToCall"_s, QJsonObject{{u"queueEvents"_s, kQueueEvents},
                                                  {u"queueStepMs"_s, kQueueStepMs},
                                                  {u"answerDelayMs"_s, kAnswerDelayMs},
                                                  {u"eventHoldMs"_s, 20000}}}});

    QTemporaryDir storage;
    cec::CallPanelPlugin callPanelFactory;
    ChatWidgetConfig config;
    auto &data = ChatWidgetConfigPrivate::get(config);
    data.client = sim.clientConfig(u"bench-user"_s);
    data.storageDirectory = storage.path();
    data.notifications = false;
    data.sounds = false;
    data.calls = true;
    data.callPanelFactory = &callPanelFactory;
    ChatWidget chat(config);
    chat.resize(640, 720);
    chat.show();
    chat.start();
    // The panel exists only once the chat is connected and the tenant offers calls.
    CallPanel *panel = nullptr;
    if (!waitFor(
            [&] {
                panel = chat.findChild<CallPanel *>();
                return panel && panel->phase() == CallPanel::Phase::Ready;
            },
            60000)) {
        std::fprintf(stderr, "the call panel never became ready\n");
        return 1;
    }
    auto *voice = panel->findChild<QAbstractButton *>(u"voiceCallButton"_s);
    auto *hangUp = panel->findChild<QAbstractButton *>(u"hangUpButton"_s);
    if (!voice || !hangUp) {
        std::fprintf(stderr, "the call panel has no voice or hang-up button\n");
        return 1;
    }
    waitFor([] { return false; }, 1000); // let the chat settle before measuring memory
    // Calls offered, no intent yet: no call page exists (it is created on the click, issue 10).
    const auto [offeredPss, offeredProcesses] = treePssKiB();

    std::vector<double> overheads;
    qint64 callPss = 0;
    int callProcesses = 0;
    for (int run = 0; run < runs; ++run) {
        const qint64 clicked = QDateTime::currentMSecsSinceEpoch();
        QTest::mouseClick(voice, Qt::LeftButton);
        // The first click creates the page (cold); later ones within the grace period reuse it.
        // The sampler goes in once the page's script is there, long before the call's media.
        if (!waitFor([&] {
                return panel->media() &&
                       pageNumber(*panel->media(), u"window.cecCall ? 1 : 0"_s) == 1;
            })) {
            std::fprintf(stderr, "run %d: the call page never loaded\n", run);
            return 1;
        }
        cec::RemoteCallMedia &page = *panel->media();
        pageNumber(page, QString::fromUtf8(kSampler) + u"; 1"_s);
        qint64 first = 0;
        waitFor(
            [&] {
                first = pageNumber(page, u"window.cecBenchFirstAudio || 0"_s);
                return first > 0;
            },
            30000);
        if (first <= 0) {
            std::fprintf(stderr, "run %d: no remote audio arrived\n", run);
            return 1;
        }
        overheads.push_back(double(first - clicked - kQueueEvents * kQueueStepMs - kAnswerDelayMs));
        if (run == 0) {
            waitFor([] { return false; }, 3000); // media flowing for a few seconds
            std::tie(callPss, callProcesses) = treePssKiB();
        }
        QTest::mouseClick(hangUp, Qt::LeftButton);
        if (!waitFor([&] { return panel->phase() == CallPanel::Phase::Ended; })) {
            std::fprintf(stderr, "run %d: hang-up did not end the call\n", run);
            return 1;
        }
        waitFor([] { return false; }, 300);
    }
    std::vector<double> sorted = overheads;
    std::sort(sorted.begin(), sorted.end());
    std::printf("call_setup_overhead_ms median=%.0f min=%.0f max=%.0f runs=%d "
                "(click to first remote audio packet minus %d ms configured queue + %d ms answer "
                "delay; budgets: cold <= 1000, warm <= 150)\n",
                sorted[sorted.size() / 2], sorted.front(), sorted.back(), runs,
                kQueueEvents * kQueueStepMs, kAnswerDelayMs);
    // The first call of the process is cold (nothing of the call's machinery warmed by an earlier
    // call); the later ones are warm. Issue 10's budgets: cold <= 1000 ms, warm <= 150 ms.
    std::vector<double> warm(overheads.begin() + 1, overheads.end());
    std::sort(warm.begin(), warm.end());
    std::printf("call_setup_overhead_ms cold=%.0f", overheads.front());
    if (!warm.empty())
        std::printf(" warm_median=%.0f (%zu warm calls)", warm[warm.size() / 2], warm.size());
    std::printf("\n");
    std::printf("call_setup_overhead_ms each:");
    for (double value : overheads)
        std::printf(" %.0f", value);
    std::printf("\n");
    std::printf("pss_calls_offered_no_page_mib=%.1f processes=%d\n", offeredPss / 1024.0,
                offeredProcesses);
    std::printf("pss_in_voice_call_mib=%.1f processes=%d\n", callPss / 1024.0, callProcesses);
    std::fflush(stdout);
    return 0;
}
