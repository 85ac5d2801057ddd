package vn.election.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four workloads as rendered: probes, sizes, a locked-down container, and everything around them. */
class WorkloadsTest {

    @BeforeEach
    void render() {
        Rendering.requireKubectl();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theFourApplicationsAreDeployedOnTheirPorts(String overlay) {
        List<String> names = Manifests.ofKind(overlay, Deployment.class).stream()
                .map(d -> d.getMetadata().getName())
                .sorted()
                .toList();
        assertEquals(List.of("awards-service", "gateway", "registry-service", "tally-service"), names);
        assertEquals(8081, port(overlay, "registry-service"));
        assertEquals(8082, port(overlay, "tally-service"));
        assertEquals(8083, port(overlay, "awards-service"));
        assertEquals(8080, port(overlay, "gateway"));
    }

    private static int port(String overlay, String name) {
        return Suite.app(Suite.deployment(overlay, name)).getPorts().get(0).getContainerPort();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasTheThreeSmallRyeHealthProbes(String overlay) {
        for (Deployment deployment : Manifests.ofKind(overlay, Deployment.class)) {
            Container app = Suite.app(deployment);
            assertProbe("/q/health/started", app.getStartupProbe(), deployment);
            assertProbe("/q/health/live", app.getLivenessProbe(), deployment);
            assertProbe("/q/health/ready", app.getReadinessProbe(), deployment);
        }
    }

    private static void assertProbe(String path, Probe probe, Deployment deployment) {
        String name = deployment.getMetadata().getName();
        assertNotNull(probe, () -> name + " lacks the probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath(), name);
        // the named container port, so a port change cannot leave a probe behind
        assertEquals("http", probe.getHttpGet().getPort().getStrVal(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentRequestsAndLimitsCpuAndMemory(String overlay) {
        for (Deployment deployment : Manifests.ofKind(overlay, Deployment.class)) {
            var resources = Suite.app(deployment).getResources();
            String name = deployment.getMetadata().getName();
            assertNotNull(resources, name);
            for (String resource : List.of("cpu", "memory")) {
                assertTrue(resources.getRequests().containsKey(resource), () -> name + " requests no " + resource);
                assertTrue(resources.getLimits().containsKey(resource), () -> name + " has no " + resource + " limit");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentRunsAsNonRootOnAReadOnlyFilesystemWithoutCapabilities(String overlay) {
        for (Deployment deployment : Manifests.ofKind(overlay, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            assertEquals(Boolean.TRUE, podContext.getRunAsNonRoot(), name);
            assertTrue(podContext.getRunAsUser() > 0, name);
            assertEquals("RuntimeDefault", podContext.getSeccompProfile().getType(), name);

            Container app = Suite.app(deployment);
            SecurityContext context = app.getSecurityContext();
            assertEquals(Boolean.TRUE, context.getRunAsNonRoot(), name);
            assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), name);
            assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), name);
            assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), name);
            assertEquals("RuntimeDefault", context.getSeccompProfile().getType(), name);

            // the one writable path is an emptyDir on /tmp
            String tmpVolume = app.getVolumeMounts().stream()
                    .filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " mounts nothing on /tmp"))
                    .getName();
            assertNotNull(
                    pod.getVolumes().stream()
                            .filter(v -> v.getName().equals(tmpVolume))
                            .findFirst()
                            .orElseThrow()
                            .getEmptyDir(),
                    name);
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasAServiceAnAutoscalerAndADisruptionBudget(String overlay) {
        for (Deployment deployment : Manifests.ofKind(overlay, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            var podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();

            Service service = Manifests.ofKind(overlay, Service.class).stream()
                    .filter(s -> s.getMetadata().getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no Service for " + name));
            assertTrue(
                    podLabels
                            .entrySet()
                            .containsAll(service.getSpec().getSelector().entrySet()),
                    name);

            HorizontalPodAutoscaler hpa = Manifests.ofKind(overlay, HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + name));
            assertTrue(
                    hpa.getSpec().getMinReplicas() >= 1
                            && hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(),
                    name);
            // the autoscaler owns the count; a replicas field would reset it at every apply
            assertEquals(null, deployment.getSpec().getReplicas(), name);

            PodDisruptionBudget pdb = Manifests.ofKind(overlay, PodDisruptionBudget.class).stream()
                    .filter(p -> podLabels
                            .entrySet()
                            .containsAll(
                                    p.getSpec().getSelector().getMatchLabels().entrySet()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no PodDisruptionBudget for " + name));
            assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal(), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayHasAnIngress(String overlay) {
        List<Ingress> ingresses = Manifests.ofKind(overlay, Ingress.class);
        assertFalse(ingresses.isEmpty());
        for (Ingress ingress : ingresses) {
            assertEquals(null, ingress.getSpec().getDefaultBackend());
            for (IngressRule rule : ingress.getSpec().getRules()) {
                rule.getHttp()
                        .getPaths()
                        .forEach(path -> assertEquals(
                                "gateway",
                                path.getBackend().getService().getName(),
                                ingress.getMetadata().getName()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void productionTerminatesTlsAtTheIngress(String overlay) {
        Ingress ingress = Manifests.ofKind(overlay, Ingress.class).get(0);
        assertEquals("gateway-tls", ingress.getSpec().getTls().get(0).getSecretName());
        assertEquals(
                ingress.getSpec().getRules().get(0).getHost(),
                ingress.getSpec().getTls().get(0).getHosts().get(0));
    }
}
