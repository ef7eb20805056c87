{{/*
Names, labels and the pieces the API, the worker and the migration Job share.
*/}}

{{/* The chart name, or nameOverride. */}}
{{- define "cardprocessor.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The resource name prefix: release-chart, or the release name alone when it already contains the chart name.
Truncated to leave room for the longest suffix ("-migrations").
*/}}
{{- define "cardprocessor.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "cardprocessor.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels: name and instance only; components add app.kubernetes.io/component. */}}
{{- define "cardprocessor.selectorLabels" -}}
app.kubernetes.io/name: {{ include "cardprocessor.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels on every resource. */}}
{{- define "cardprocessor.labels" -}}
helm.sh/chart: {{ include "cardprocessor.chart" . }}
{{ include "cardprocessor.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: cardprocessor
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Component labels: call with (dict "ctx" $ "component" "api"). */}}
{{- define "cardprocessor.componentLabels" -}}
{{ include "cardprocessor.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "cardprocessor.componentSelectorLabels" -}}
{{ include "cardprocessor.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "cardprocessor.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "cardprocessor.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "cardprocessor.migrationsServiceAccountName" -}}
{{- if .Values.migrations.serviceAccount.create }}
{{- default (printf "%s-migrations" (include "cardprocessor.fullname" .)) .Values.migrations.serviceAccount.name }}
{{- else }}
{{- default (include "cardprocessor.serviceAccountName" .) .Values.migrations.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Prometheus job label of a component: the Service name, as the ServiceMonitor keeps it. */}}
{{- define "cardprocessor.apiJob" -}}
{{- printf "%s-api" (include "cardprocessor.fullname" .) }}
{{- end }}

{{- define "cardprocessor.workerJob" -}}
{{- printf "%s-worker" (include "cardprocessor.fullname" .) }}
{{- end }}

{{/* An image reference: call with (dict "ctx" $ "image" .Values.api.image). A digest wins over a tag. */}}
{{- define "cardprocessor.image" -}}
{{- $registry := .ctx.Values.image.registry -}}
{{- $repository := .image.repository -}}
{{- $ref := ternary $repository (printf "%s/%s" $registry $repository) (empty $registry) -}}
{{- if .image.digest -}}
{{- printf "%s@%s" $ref .image.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref (.image.tag | default .ctx.Values.image.tag | default .ctx.Chart.AppVersion) -}}
{{- end -}}
{{- end }}

{{/* The Secret of environment variables for the apps, if any. */}}
{{- define "cardprocessor.existingSecret" -}}
{{- .Values.config.existingSecret -}}
{{- end }}

{{/* Refuse a configuration that cannot work, with a message that says what to set. */}}
{{- define "cardprocessor.validate" -}}
{{- if and (not .Values.config.keyVault.uri) (not .Values.config.existingSecret) }}
{{- fail "Set config.keyVault.uri (secrets from Key Vault through workload identity) or config.existingSecret (an existing Secret of environment variables): the apps need ConnectionStrings__Postgres and Messaging__RabbitMqUri." }}
{{- end }}
{{- if and .Values.api.enabled (or (not .Values.config.azureAd.tenantId) (not .Values.config.azureAd.clientId)) }}
{{- fail "Set config.azureAd.tenantId and config.azureAd.clientId: the API validates Entra ID tokens and has no switch that turns authentication off." }}
{{- end }}
{{- if and .Values.workloadIdentity.enabled (not .Values.workloadIdentity.clientId) }}
{{- fail "Set workloadIdentity.clientId (the managed identity's client id), or workloadIdentity.enabled=false." }}
{{- end }}
{{- if and (eq .Values.config.storage.provider "AzureBlob") (not .Values.config.storage.serviceUri) (not .Values.config.existingSecret) (not .Values.config.keyVault.uri) }}
{{- fail "Set config.storage.serviceUri, or supply Storage__ConnectionString through config.existingSecret or Key Vault." }}
{{- end }}
{{- if and .Values.worker.keda.enabled (not .Values.worker.enabled) }}
{{- fail "worker.keda.enabled needs worker.enabled." }}
{{- end }}
{{- if and .Values.worker.enabled (eq .Values.config.messaging.transport "InMemory") }}
{{- fail "config.messaging.transport InMemory runs the consumers inside the API: set worker.enabled=false." }}
{{- end }}
{{- if and .Values.worker.keda.enabled (eq .Values.worker.keda.auth.source "secret") (not (or .Values.worker.keda.auth.secret.name .Values.config.existingSecret)) }}
{{- fail "worker.keda.auth.source=secret needs worker.keda.auth.secret.name (or config.existingSecret) holding the amqp URI." }}
{{- end }}
{{- if and .Values.worker.keda.enabled (eq .Values.worker.keda.auth.source "azureKeyVault") (not (or .Values.worker.keda.auth.azureKeyVault.vaultUri .Values.config.keyVault.uri)) }}
{{- fail "worker.keda.auth.source=azureKeyVault needs worker.keda.auth.azureKeyVault.vaultUri (or config.keyVault.uri)." }}
{{- end }}
{{- if and .Values.migrations.enabled .Values.migrations.keyVault (not .Values.config.keyVault.uri) }}
{{- fail "migrations.keyVault needs config.keyVault.uri." }}
{{- end }}
{{- if and .Values.migrations.enabled (not .Values.migrations.keyVault) (not (or .Values.migrations.existingSecret .Values.config.existingSecret)) }}
{{- fail "migrations.enabled needs migrations.existingSecret or config.existingSecret with the Postgres connection string: `CardProcessor.Api migrate` does not read Key Vault yet; once it does, set migrations.keyVault=true (docs/operations.md, Migrations)." }}
{{- end }}
{{- end }}

{{/* Pod labels: selector labels, component, workload identity, extra pod labels. (dict "ctx" $ "component" "api" "podLabels" ...) */}}
{{- define "cardprocessor.podLabels" -}}
{{ include "cardprocessor.componentLabels" (dict "ctx" .ctx "component" .component) }}
{{- if .ctx.Values.workloadIdentity.enabled }}
azure.workload.identity/use: "true"
{{- end }}
{{- with .podLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Environment shared by the API and the worker: the ConfigMap, then the existing Secret. */}}
{{- define "cardprocessor.envFrom" -}}
- configMapRef:
    name: {{ include "cardprocessor.fullname" . }}
{{- with .Values.config.existingSecret }}
- secretRef:
    name: {{ . }}
{{- end }}
{{- end }}

{{/* Volumes shared by the API and the worker. (dict "ctx" $ "tmpSizeLimit" "1Gi") */}}
{{- define "cardprocessor.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .tmpSizeLimit }}
{{- if .ctx.Values.validation.enabled }}
- name: validation
  configMap:
    name: {{ include "cardprocessor.fullname" .ctx }}-validation
{{- end }}
{{- end }}

{{- define "cardprocessor.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- if .Values.validation.enabled }}
# A directory mount, not subPath: kubelet swaps the ..data symlink on change, which a subPath mount never sees.
- name: validation
  mountPath: {{ .Values.validation.mountPath }}
  readOnly: true
{{- end }}
{{- end }}

{{/* Topology spread constraints with the component's selector filled in. (dict "ctx" $ "component" "api" "constraints" ...) */}}
{{- define "cardprocessor.topologySpread" -}}
{{- range .constraints }}
- maxSkew: {{ .maxSkew }}
  topologyKey: {{ .topologyKey }}
  whenUnsatisfiable: {{ .whenUnsatisfiable }}
  labelSelector:
    {{- if .labelSelector }}
    {{- toYaml .labelSelector | nindent 4 }}
    {{- else }}
    matchLabels:
      {{- include "cardprocessor.componentSelectorLabels" (dict "ctx" $.ctx "component" $.component) | nindent 6 }}
    {{- end }}
{{- end }}
{{- end }}
