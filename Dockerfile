# syntax=docker/dockerfile:1
# The ledger service as an image: build everything in one stage, run the built
# service with production dependencies only, as the unprivileged `node` user,
# under tini (PID 1 that passes SIGTERM on and reaps zombies).
#
#   docker build -t cleannet-ledger .
#   docker run -p 127.0.0.1:3000:3000 -v cleannet-data:/var/lib/cleannet cleannet-ledger
#
# Configuration is the environment (docs/api.md, docs/kafka.md): KAFKA_BROKERS,
# LEDGER_TOKENS, ... The file log lives in the /var/lib/cleannet volume.

ARG NODE_IMAGE=node:20.20-bookworm-slim

# Only the package manifests, so the dependency layers below are rebuilt only
# when a manifest or the lock file changes, not on every source edit.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name node_modules -prune -o \( -name package.json -o -name package-lock.json \) -print \
    | xargs cp --parents -t /manifests

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV TURBO_TELEMETRY_DISABLED=1
RUN npx turbo run build --filter=@cleannet/ledger-api... --filter=@cleannet/dashboard... \
 && mkdir -p /out \
 && for dir in packages/* apps/ledger-api apps/dashboard; do \
      if [ -d "$dir/dist" ]; then mkdir -p "/out/$dir" && cp -r "$dir/package.json" "$dir/dist" "/out/$dir/"; fi; \
    done

# The service's production dependencies, and the workspace links to its packages.
# The workspaces it does not use are left out first: npm installs the peers of a
# workspace's dev-only workspace links (vitest, vite) even with --omit=dev.
FROM ${NODE_IMAGE} AS production-deps
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN rm -rf apps/dashboard packages/client packages/testkit test \
 && npm ci --omit=dev --workspace=@cleannet/ledger-api --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LEDGER_DATA_DIR=/var/lib/cleannet
WORKDIR /app
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /out/ ./
COPY LICENSE ./
RUN mkdir -p /var/lib/cleannet && chown node:node /var/lib/cleannet
VOLUME /var/lib/cleannet
USER node
EXPOSE 3000
# Ready, not merely alive: /readyz is 200 once the log is caught up and open for writes.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "apps/ledger-api/dist/main.js"]
