{{/* The chart's name, shortened to the 63 characters a label value allows. */}}
{{- define "paperboy.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The release's objects are named <release>-paperboy, or <release> when it already says paperboy. */}}
{{- define "paperboy.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "paperboy.selectorLabels" -}}
app.kubernetes.io/name: {{ include "paperboy.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "paperboy.labels" -}}
{{ include "paperboy.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "paperboy.redisSelectorLabels" -}}
app.kubernetes.io/name: redis
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: store
{{- end -}}

{{- define "paperboy.redisName" -}}
{{- printf "%s-redis" (include "paperboy.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The chart's Redis as store.redis.url; config uses it through tpl. */}}
{{- define "paperboy.redisURL" -}}
{{- if .Values.redis.enabled -}}
{{- printf "redis://%s:6379/0" (include "paperboy.redisName" .) -}}
{{- else -}}
{{- fail "redis.enabled is false: write your Redis address into config's store.redis instead of paperboy.redisURL" -}}
{{- end -}}
{{- end -}}

{{- define "paperboy.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) -}}
{{- end -}}
{{- end -}}

{{- define "paperboy.secretName" -}}
{{- .Values.existingSecret | default (printf "%s-secrets" (include "paperboy.fullname" .)) -}}
{{- end -}}

{{/* GOMEMLIMIT: goMemLimit, or 90% of resources.limits.memory given in Mi or Gi. */}}
{{- define "paperboy.goMemLimit" -}}
{{- if .Values.goMemLimit -}}
{{- .Values.goMemLimit -}}
{{- else -}}
{{- $mem := toString (dig "limits" "memory" "" .Values.resources) -}}
{{- if hasSuffix "Gi" $mem -}}
{{- printf "%dMiB" (div (mul (trimSuffix "Gi" $mem | atoi) 9216) 10) -}}
{{- else if hasSuffix "Mi" $mem -}}
{{- printf "%dMiB" (div (mul (trimSuffix "Mi" $mem | atoi) 9) 10) -}}
{{- else -}}
{{- fail "set resources.limits.memory in Mi or Gi, or goMemLimit (about 90% of the memory limit, e.g. 230MiB)" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* The restricted Pod Security Standard, for every container of the chart. */}}
{{- define "paperboy.containerSecurity" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
{{- end -}}
