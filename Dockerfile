# Samskap in a container, for the several-instance setup in compose.yaml (README: "Several
# instances"). One image; the environment chooses SQLite or PostgreSQL and Redis.
FROM node:20-bookworm-slim
# better-sqlite3 is built from source here (SQLite stays the default even in a container).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/* \
 && npm install --global pnpm@10.34.9
WORKDIR /app
COPY . .
ENV npm_config_nodedir=/usr/local CI=true
RUN pnpm install --frozen-lockfile && pnpm build
ENV HOST=0.0.0.0 PORT=8080 DATA_DIR=/data
# SQLite (the default without STORAGE=postgres) keeps its file here: give it a volume.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 8080
USER node
CMD ["pnpm", "serve"]
