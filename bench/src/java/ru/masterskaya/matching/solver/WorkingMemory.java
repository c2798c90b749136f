package ru.masterskaya.matching.solver;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The working memory of one piece of work, measured apart from its timing: the growth of the live Java heap
 * (used right after a full collection) and of the resident memory outside the Java heap (OR-Tools' native
 * graph, thread stacks, code), each at its peak over the work, above what was there before it started with
 * the instance already loaded. A thread forces a collection and reads both about every 10 ms while the work
 * runs, so a peak shorter than that may be missed. Before the baseline, freed native memory is returned to
 * the system (glibc's malloc_trim), so the work cannot reuse memory an earlier phase left resident.
 */
final class WorkingMemory {

    private static final Pattern MAPPING = Pattern.compile("^([0-9a-f]+)-[0-9a-f]+ ");
    private static final Pattern HEAP_RANGE = Pattern.compile("\\[0x([0-9a-f]+), 0x([0-9a-f]+)\\)");

    /** Growth of the live heap and of the resident memory outside the heap, in bytes. */
    record Growth(long heap, long native_) {
        long total() {
            return heap + native_;
        }

        @Override
        public String toString() {
            return "live heap +%,d MiB, outside the heap +%,d MiB, together %,d MiB".formatted(heap >> 20, native_ >> 20,
                    total() >> 20);
        }
    }

    private WorkingMemory() {}

    static <T> Growth of(Supplier<T> work) throws Exception {
        trimNativeHeap();
        long[] heapRange = heapRange();
        System.gc();
        long heapBase = liveHeap();
        long nativeBase = residentOutside(heapRange);
        long[] peak = {heapBase, nativeBase};
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak[0] = Math.max(peak[0], liveHeap());
                peak[1] = Math.max(peak[1], residentOutside(heapRange));
                try {
                    Thread.sleep(10);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        Object result = work.get();
        sampler.interrupt();
        sampler.join();
        // the last reading, with the result still referenced
        System.gc();
        peak[0] = Math.max(peak[0], liveHeap());
        peak[1] = Math.max(peak[1], residentOutside(heapRange));
        java.lang.ref.Reference.reachabilityFence(result);
        return new Growth(peak[0] - heapBase, peak[1] - nativeBase);
    }

    private static long liveHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The resident set of every mapping outside the Java heap's reserved range. */
    private static long residentOutside(long[] heapRange) {
        try {
            long total = 0;
            boolean inHeap = false;
            for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
                Matcher mapping = MAPPING.matcher(line);
                if (mapping.find()) {
                    long start = Long.parseUnsignedLong(mapping.group(1), 16);
                    inHeap = start >= heapRange[0] && start < heapRange[1];
                } else if (line.startsWith("Rss:") && !inHeap) {
                    total += Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
            return total;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] heapRange() throws Exception {
        String info = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcHeapInfo", new Object[] {null},
                new String[] {String[].class.getName()});
        Matcher range = HEAP_RANGE.matcher(info);
        if (!range.find()) {
            throw new IllegalStateException("no heap range in " + info);
        }
        return new long[] {Long.parseUnsignedLong(range.group(1), 16), Long.parseUnsignedLong(range.group(2), 16)};
    }

    private static void trimNativeHeap() {
        Linker linker = Linker.nativeLinker();
        MethodHandle trim = linker.downcallHandle(linker.defaultLookup().find("malloc_trim").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
        try {
            int released = (int) trim.invokeExact(0L);
            assert released >= 0;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
