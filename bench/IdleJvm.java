/** The baseline of the idle-memory row in bench/run-all.sh: a JVM that starts and does nothing. */
public final class IdleJvm {
    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }
}
