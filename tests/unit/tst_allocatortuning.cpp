// tuneAllocator (app/AllocatorTuning): main() and bench_refresh call it, so the figures of issue 16
// are those of the allocator the app runs with. A tuning compiled out (its glibc test can be, by a
// missing header) would leave the app on glibc's defaults unseen.
#include "AllocatorTuning.h"

#include <QtTest>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace podwarden;

class TestAllocatorTuning final : public QObject
{
    Q_OBJECT
private slots:
    void threadsShareTwoArenas()
    {
#ifndef __GLIBC__
        QSKIP("the tuning is for glibc's allocator");
#else
        tuneAllocator();
        // Six threads allocate at once, each holding its blocks until all have: by default each
        // would get an arena of its own (glibc allows eight a core); tuned, they share two.
        constexpr int kThreads = 6;
        std::atomic<int> holding{0};
        std::atomic<bool> release{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                std::vector<void*> blocks;
                for (int i = 0; i < 64; ++i)
                    blocks.push_back(std::malloc(1024));
                ++holding;
                while (!release)
                    std::this_thread::yield();
                for (void* block : blocks)
                    std::free(block);
            });
        }
        while (holding < kThreads)
            std::this_thread::yield();
        // malloc_info describes every arena as a <heap nr="…"> element.
        char* text = nullptr;
        size_t size = 0;
        FILE* out = open_memstream(&text, &size);
        QVERIFY(out);
        QCOMPARE(malloc_info(0, out), 0);
        std::fclose(out);
        const QByteArray info(text, qsizetype(size));
        std::free(text);
        release = true;
        for (std::thread& thread : threads)
            thread.join();
        QVERIFY2(info.count("<heap nr=") <= kArenas, info.left(400).constData());
        QVERIFY(info.count("<heap nr=") >= 1);
#endif
    }
};

QTEST_GUILESS_MAIN(TestAllocatorTuning)
#include "tst_allocatortuning.moc"
