/** Neutral workshop surroundings: a floor and soft lights; cheap for software rendering. */
export function Workshop() {
  return (
    <>
      <color attach="background" args={['#dfe3e8']} />
      <hemisphereLight args={['#ffffff', '#8a8f96', 1.6]} />
      <directionalLight position={[2.5, 4, 3]} intensity={2.2} />
      <directionalLight position={[-3, 2.5, -1]} intensity={0.7} />
      <mesh rotation-x={-Math.PI / 2} position-y={-0.001}>
        <planeGeometry args={[12, 12]} />
        <meshStandardMaterial color="#b9b4aa" roughness={0.95} />
      </mesh>
    </>
  );
}
