// Validates rendered Kubernetes manifests: every object against its OpenAPI schema (kubernetes-models,
// and the KEDA and Prometheus Operator models for their CRDs), then the rules this chart promises:
// restricted security contexts, probes and resources, selectors that select something, no Secrets,
// KEDA/HPA-owned Deployments without replicas, hook Jobs that use only hook-created objects.
//
// usage: node validate-manifests.mjs rendered.yaml ...
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const modules = {
  v1: "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "batch/v1": "kubernetes-models/batch/v1",
  "policy/v1": "kubernetes-models/policy/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "keda.sh/v1alpha1": "@kubernetes-models/keda/keda.sh/v1alpha1",
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
};

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate-manifests.mjs rendered.yaml ...");
  process.exit(2);
}

let failures = 0;
const fail = (where, message) => {
  failures++;
  console.error(`error: ${where}: ${message}`);
};

const matches = (selector, labels) =>
  Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
const isHook = (object) => Boolean(object.metadata?.annotations?.["helm.sh/hook"]);
const dns1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

for (const file of files) {
  const objects = [];
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length) {
      for (const error of doc.errors) fail(file, `YAML: ${error.message}`);
      continue;
    }
    const object = doc.toJS();
    if (object) objects.push(object);
  }
  const kinds = new Map();
  const named = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);

  for (const object of objects) {
    const where = `${file} ${object.kind}/${object.metadata?.name}`;
    kinds.set(object.kind, (kinds.get(object.kind) ?? 0) + 1);

    // 1. The schema.
    const modulePath = modules[object.apiVersion];
    if (!modulePath) {
      fail(where, `no model for apiVersion ${object.apiVersion}`);
      continue;
    }
    const Model = (await import(modulePath))[object.kind];
    if (!Model) {
      fail(where, `no model for kind ${object.kind} in ${object.apiVersion}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      fail(where, `schema: ${error.message}`);
    }

    // 2. Names and labels.
    const name = object.metadata?.name ?? "";
    if (!dns1123.test(name) || name.length > 63) fail(where, "name is not a DNS-1123 label of at most 63 characters");
    const labels = object.metadata?.labels ?? {};
    for (const key of ["app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/managed-by"]) {
      if (!labels[key]) fail(where, `missing label ${key}`);
    }
    if (object.kind === "Secret") fail(where, "the chart must not render Secrets: secrets come from Key Vault or an existing Secret");

    // 3. Pods: restricted security, probes, resources.
    const podSpec = object.spec?.template?.spec;
    if (podSpec) {
      const pod = podSpec.securityContext ?? {};
      if (pod.runAsNonRoot !== true) fail(where, "pod securityContext.runAsNonRoot must be true");
      if (pod.seccompProfile?.type !== "RuntimeDefault") fail(where, "pod seccompProfile must be RuntimeDefault");
      const volumes = new Set((podSpec.volumes ?? []).map((v) => v.name));
      for (const container of [...(podSpec.initContainers ?? []), ...podSpec.containers]) {
        const at = `${where} container ${container.name}`;
        const sc = container.securityContext ?? {};
        if (sc.readOnlyRootFilesystem !== true) fail(at, "readOnlyRootFilesystem must be true");
        if (sc.allowPrivilegeEscalation !== false) fail(at, "allowPrivilegeEscalation must be false");
        if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail(at, "capabilities must drop ALL");
        if (sc.privileged) fail(at, "must not be privileged");
        if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) fail(at, "needs cpu and memory requests");
        if (!container.resources?.limits?.memory) fail(at, "needs a memory limit");
        if (!/[:@]/.test(container.image.split("/").pop()) || container.image.endsWith(":latest")) fail(at, `image ${container.image} needs a fixed tag or digest`);
        if (!(container.volumeMounts ?? []).some((m) => m.mountPath === "/tmp")) fail(at, "needs a writable /tmp (emptyDir): the root filesystem is read-only");
        for (const mount of container.volumeMounts ?? []) {
          if (!volumes.has(mount.name)) fail(at, `mounts unknown volume ${mount.name}`);
          if (mount.subPath && mount.name === "validation") fail(at, "the validation ConfigMap must not be mounted with subPath: updates would never arrive");
        }
        if (object.kind === "Deployment") {
          for (const probe of ["livenessProbe", "readinessProbe"]) {
            if (!container[probe]?.httpGet?.path?.startsWith("/health/")) fail(at, `${probe} must be an httpGet on /health/*`);
          }
          const portNames = new Set((container.ports ?? []).map((p) => p.name));
          for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
            const port = container[probe]?.httpGet?.port;
            if (typeof port === "string" && !portNames.has(port)) fail(at, `${probe} names unknown port ${port}`);
          }
        }
      }
      for (const volume of podSpec.volumes ?? []) {
        const cm = volume.configMap?.name;
        if (cm && !named("ConfigMap", cm)) fail(where, `volume ${volume.name} uses ConfigMap ${cm}, which is not rendered`);
      }
      for (const container of podSpec.containers) {
        for (const source of container.envFrom ?? []) {
          const cm = source.configMapRef?.name;
          if (cm && !named("ConfigMap", cm)) fail(where, `envFrom ConfigMap ${cm} is not rendered`);
          if (cm && isHook(object)) fail(where, `hook ${object.kind} reads ConfigMap ${cm}, which does not exist yet at pre-install`);
        }
      }
      if (isHook(object)) {
        const sa = named("ServiceAccount", podSpec.serviceAccountName);
        if (sa && !isHook(sa)) fail(where, `hook uses ServiceAccount ${sa.metadata.name}, which is created after the hooks at install`);
      }
    }

    // 4. Selectors select, owners own.
    if (object.kind === "Deployment") {
      const selector = object.spec.selector?.matchLabels ?? {};
      if (!matches(selector, object.spec.template.metadata?.labels)) fail(where, "selector does not match the pod template labels");
      const keys = Object.keys(selector).sort().join(",");
      if (keys !== "app.kubernetes.io/component,app.kubernetes.io/instance,app.kubernetes.io/name") {
        fail(where, `selector labels must be name, instance and component only, got ${keys}`);
      }
      const scaled = objects.some((o) =>
        (o.kind === "ScaledObject" || o.kind === "HorizontalPodAutoscaler") && o.spec?.scaleTargetRef?.name === object.metadata.name);
      if (scaled && object.spec.replicas !== undefined) fail(where, "replicas must be left out when KEDA or an HPA owns the replica count");
    }
    if (object.kind === "Service" || object.kind === "PodDisruptionBudget" || object.kind === "NetworkPolicy") {
      const selector = object.kind === "Service" ? object.spec.selector
        : object.kind === "PodDisruptionBudget" ? object.spec.selector?.matchLabels
        : object.spec.podSelector?.matchLabels;
      const hit = objects.some((o) => o.kind === "Deployment" && matches(selector, o.spec.template.metadata?.labels));
      if (!hit) fail(where, "selects no rendered Deployment's pods");
    }
    if (object.kind === "Service") {
      for (const port of object.spec.ports ?? []) {
        if (typeof port.targetPort !== "string") continue;
        const target = objects.find((o) => o.kind === "Deployment" && matches(object.spec.selector, o.spec.template.metadata?.labels));
        const names = target?.spec.template.spec.containers.flatMap((c) => (c.ports ?? []).map((p) => p.name)) ?? [];
        if (!names.includes(port.targetPort)) fail(where, `targetPort ${port.targetPort} is no container port of the selected pods`);
      }
    }
    if (object.kind === "Ingress") {
      for (const rule of object.spec.rules ?? []) {
        for (const path of rule.http?.paths ?? []) {
          if (!named("Service", path.backend?.service?.name)) fail(where, `backend Service ${path.backend?.service?.name} is not rendered`);
          if (["/", "/metrics", "/health"].some((p) => path.path === p)) fail(where, `path ${path.path} would expose /metrics or /health to the internet`);
        }
      }
    }
    if (object.kind === "HorizontalPodAutoscaler" || object.kind === "ScaledObject") {
      if (!named("Deployment", object.spec.scaleTargetRef?.name)) fail(where, `scale target ${object.spec.scaleTargetRef?.name} is not a rendered Deployment`);
    }
    if (object.kind === "ScaledObject") {
      for (const trigger of object.spec.triggers ?? []) {
        const ref = trigger.authenticationRef?.name;
        if (ref && !named("TriggerAuthentication", ref)) fail(where, `authenticationRef ${ref} is not rendered`);
        if (trigger.type === "rabbitmq" && (trigger.metadata?.host || trigger.metadata?.hostFromEnv === undefined && !ref)) {
          fail(where, "the rabbitmq trigger must take its host (with the password) from a TriggerAuthentication");
        }
      }
    }
    if (object.kind === "ServiceMonitor") {
      const hit = objects.some((o) => o.kind === "Service" && matches(object.spec.selector?.matchLabels, o.metadata.labels));
      if (!hit) fail(where, "selects no rendered Service");
    }
    if (object.kind === "PrometheusRule") {
      for (const group of object.spec.groups) {
        for (const rule of group.rules) {
          const at = `${where} ${rule.alert}`;
          if (!rule.labels?.severity) fail(at, "needs a severity label");
          if (!rule.annotations?.summary || !rule.annotations?.runbook_url) fail(at, "needs summary and runbook_url annotations");
        }
      }
    }
    if (object.kind === "ConfigMap" && object.metadata.labels?.grafana_dashboard) {
      for (const [key, text] of Object.entries(object.data ?? {})) {
        try {
          const dashboard = JSON.parse(text);
          if (!dashboard.uid || !Array.isArray(dashboard.panels)) fail(where, `${key}: a dashboard needs uid and panels`);
        } catch (error) {
          fail(where, `${key}: not JSON: ${error.message}`);
        }
      }
    }
    if (object.kind === "Job" && isHook(object)) {
      const policy = object.metadata.annotations["helm.sh/hook-delete-policy"] ?? "";
      if (!policy.includes("before-hook-creation")) fail(where, "a hook Job needs hook-delete-policy before-hook-creation, or the next upgrade fails on the old Job");
    }
  }
  const summary = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(", ");
  console.log(`${file}: ${objects.length} objects (${summary})`);
}

if (failures) {
  console.error(`${failures} problem(s)`);
  process.exit(1);
}
