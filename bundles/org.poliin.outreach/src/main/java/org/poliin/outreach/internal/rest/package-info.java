/**
 * The module's REST resources, below {@code /api/v1/outreach/}. Roles: {@code staff} (and {@code admin})
 * plan and record; {@code coordinator} reads everything; {@code viewer} sees only the indicators, in the
 * platform's funder report ({@code GET /api/v1/indicators}).
 */
package org.poliin.outreach.internal.rest;
