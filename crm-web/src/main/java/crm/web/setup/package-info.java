/**
 * The administrator's setup pages: the code tables and salespeople (F-02), the number series
 * (F-03) and the marketing setup with the letterhead and the defaults of letters and emails (F-05).
 */
package crm.web.setup;
