import cytoscape from 'cytoscape';
const cy = cytoscape({headless:true, styleEnabled:true});
console.log(cy.width(), cy.height());
