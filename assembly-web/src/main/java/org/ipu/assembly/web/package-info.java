/**
 * The web tier of the Assembly, one package per business component of the EJB module ({@code
 * voting}, {@code roster}, {@code accounts}) on a {@code platform} floor that knows none of them:
 * JSF pages (backing beans named {@code *Backing}), the JSON REST API under {@code /api}, and the
 * live WebSocket feed ({@code live}). Page files stay in one folder per role ({@code /secretariat},
 * {@code /delegate}, {@code /hall}, ...) because {@code web.xml} guards them by folder. Business
 * rules live in the EJB module; nothing here decides them: the web tier reaches the business tier
 * only through {@code ..boundary..} types and what they hand out.
 */
package org.ipu.assembly.web;
