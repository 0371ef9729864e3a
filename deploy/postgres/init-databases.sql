-- Nuanxin: one database per service on the shared PostgreSQL server, plus Keycloak's.
-- Run once by the postgres image on first start (docker-entrypoint-initdb.d), as the superuser
-- POSTGRES_USER=nuanxin, so the role already exists. Each service creates its own schema with Flyway.
CREATE DATABASE family    OWNER nuanxin ENCODING 'UTF8';
CREATE DATABASE volunteer OWNER nuanxin ENCODING 'UTF8';
CREATE DATABASE insurance OWNER nuanxin ENCODING 'UTF8';
CREATE DATABASE carehome  OWNER nuanxin ENCODING 'UTF8';
CREATE DATABASE gateway   OWNER nuanxin ENCODING 'UTF8';
CREATE DATABASE keycloak  OWNER nuanxin ENCODING 'UTF8';

-- Nobody but the owner connects to the service databases.
REVOKE CONNECT ON DATABASE family, volunteer, insurance, carehome, gateway, keycloak FROM PUBLIC;
