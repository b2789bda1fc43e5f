/** Code tables, salespeople, number series and the demo data loaded on first start. */
package crm.service.setup;
