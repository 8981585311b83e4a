-- Creates the Assembly database and its user on an external MySQL 8 or MariaDB server.
-- The password is not in this file: pass it when you run it, for example
--   mysql -u root -p --init-command="SET @assembly_password='choose-a-long-password'" < config/database/create-database.sql
-- then start with ASSEMBLY_DB_URL=jdbc:mysql://host:3306/assembly ASSEMBLY_DB_PASSWORD=... (see README).
-- Flyway creates the tables when the application is deployed.

CREATE DATABASE IF NOT EXISTS assembly CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- Both '%' and 'localhost': a fresh MariaDB has an anonymous ''@'localhost' account that would
-- otherwise win over 'assembly'@'%' for connections from the same machine.
SET @create_user = CONCAT('CREATE USER IF NOT EXISTS ''assembly''@''%'' IDENTIFIED BY ', QUOTE(@assembly_password));
PREPARE statement FROM @create_user;
EXECUTE statement;
DEALLOCATE PREPARE statement;
SET @create_user = CONCAT('CREATE USER IF NOT EXISTS ''assembly''@''localhost'' IDENTIFIED BY ', QUOTE(@assembly_password));
PREPARE statement FROM @create_user;
EXECUTE statement;
DEALLOCATE PREPARE statement;

GRANT ALL PRIVILEGES ON assembly.* TO 'assembly'@'%';
GRANT ALL PRIVILEGES ON assembly.* TO 'assembly'@'localhost';
FLUSH PRIVILEGES;
