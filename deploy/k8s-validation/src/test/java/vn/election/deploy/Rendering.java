package vn.election.deploy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/** Skips a check of rendered documents, loudly, on a machine without kubectl. */
final class Rendering {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private Rendering() {}

    static void requireKubectl() {
        boolean present = Manifests.kubectl().isPresent();
        if (!present && TOLD.compareAndSet(false, true)) {
            System.out.println("[WARNING] " + Manifests.noKubectlMessage());
        }
        Assumptions.assumeTrue(present, Manifests::noKubectlMessage);
    }
}
