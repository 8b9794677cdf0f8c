// Braid runs on Node 22 (Node 20 reached end of life on 2026-04-30). npm scripts get Node 22 from the
// pinned `node` devDependency; a developer calling a tool with another Node must hear it, not see odd failures.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Braid needs Node 22 or newer; this is Node ${process.versions.node}.\n` +
      `Run it through npm (npm start, npm test), which uses the Node 22 installed by \`npm ci\`, ` +
      `or prefix a command with \`npx\`.`,
  );
  process.exit(1);
}
