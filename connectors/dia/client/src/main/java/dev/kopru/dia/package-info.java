/**
 * The DİA connector: {@link dev.kopru.dia.DiaConnector} maps parties, items and invoices onto DİA's models through
 * {@link dev.kopru.dia.client.DiaClient}; {@link dev.kopru.dia.DiaConnectorFactory} opens it from a connection's
 * fields as {@link dev.kopru.dia.DiaDescriptor} declares them. See docs/connectors/dia.md.
 */
package dev.kopru.dia;
